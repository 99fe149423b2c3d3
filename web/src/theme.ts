import { theme, type ThemeConfig } from 'antd';

/**
 * antd's defaults put some text below WCAG AA contrast on white (primary #1677ff ≈ 4.1:1,
 * secondary text 45% black ≈ 3.4:1, error red ≈ 3.3:1). These tokens lift every text colour
 * to ≥ 4.5:1 so pages pass axe-core's color-contrast rule.
 */
export const baseTheme: ThemeConfig = {
  token: {
    colorPrimary: '#0a52c7',
    colorLink: '#0a52c7',
    colorError: '#c41d1d',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    // antd's placeholder (25% black ≈ 1.9:1) fails axe's color-contrast on select and tree-select placeholders.
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif",
    borderRadius: 6,
  },
};

/** The portal is read on phones first: a 16 px base instead of antd's 14 px. */
export const portalTheme: ThemeConfig = {
  token: { fontSize: 16, controlHeight: 40 },
};

/** 长辈模式: 20 px base type, larger controls and tap targets, near-black text, deeper blue. */
export const elderTheme: ThemeConfig = {
  token: {
    fontSize: 20,
    fontSizeLG: 22,
    fontSizeSM: 18,
    controlHeight: 48,
    controlHeightLG: 56,
    controlHeightSM: 40,
    colorText: '#000000',
    colorTextSecondary: 'rgba(0, 0, 0, 0.85)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.8)',
    colorTextDescription: 'rgba(0, 0, 0, 0.8)',
    colorPrimary: '#003a8c',
    colorLink: '#003a8c',
    colorBorder: '#595959',
    lineWidth: 2,
  },
};

/** Cockpit: antd's dark algorithm on a deep navy background. */
export const cockpitTheme: ThemeConfig = {
  algorithm: theme.darkAlgorithm,
  token: {
    colorPrimary: '#4096ff',
    colorBgBase: '#07162b',
    colorBgContainer: '#0d2342',
    colorTextSecondary: 'rgba(255, 255, 255, 0.75)',
    colorTextDescription: 'rgba(255, 255, 255, 0.75)',
  },
};
