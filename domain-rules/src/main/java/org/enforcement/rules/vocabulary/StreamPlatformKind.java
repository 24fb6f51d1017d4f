package org.enforcement.rules.vocabulary;

/**
 * Where a live stream is carried (直播平台), with the Chinese name viewers and the published figures use.
 * operation-service records streams on them (OTHER needs a name); stats-service names them in its figures.
 */
public enum StreamPlatformKind {
    TAOBAO_LIVE("淘宝直播"),
    DOUYIN("抖音"),
    KUAISHOU("快手"),
    WEIBO("微博"),
    WECHAT_CHANNELS("微信视频号"),
    BILIBILI("哔哩哔哩"),
    TOUTIAO("今日头条"),
    COURT_WEBSITE("法院官网"),
    NEWS_SITE("新闻网站直播频道"),
    WECHAT_OFFICIAL_ACCOUNT("微信公众号"),
    OTHER("其他平台");

    private final String label;

    StreamPlatformKind(String label) {
        this.label = label;
    }

    /** The Chinese name shown to viewers. */
    public String label() {
        return label;
    }
}
