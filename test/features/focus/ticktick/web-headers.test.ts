import { describe, expect, it } from 'vitest';
import { describeAgent, hlOf } from '../../../../features/focus/ticktick/web-headers';

describe('the web app\'s headers (docs/ticktick-protocol.md §2)', () => {
  it('X-Device names the browser and OS the way the web app does', () => {
    expect(describeAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Safari/537.36'))
      .toEqual({ os: 'Windows 10', device: 'Chrome 136.0.0.0' });
    expect(describeAgent('Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0')).toEqual({ os: 'Linux', device: 'Firefox 153.0' });
    expect(describeAgent('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chromium/156.0.0.0')).toEqual({ os: 'OS X', device: 'Chrome 156.0.0.0' });
  });
  it('hl is language_REGION', () => {
    expect([hlOf('zh-CN'), hlOf('en'), hlOf('en-GB'), hlOf('zh')]).toEqual(['zh_CN', 'en_US', 'en_GB', 'zh_CN']);
  });
});
