package dev.farmguard.agent.simulate.redteam;

/**
 * A real autonomous system as GeoIP ASN data names it. The red-team fleet uses real numbers and organisation
 * names so the collector must recognise kinds of network by itself; only the address ranges are made up.
 */
record Isp(long asn, String organization, Kind kind) {

  /** What sort of network the AS is, as an analyst would know it (the collector is not told). */
  enum Kind { RESIDENTIAL, MOBILE, BUSINESS, HOSTING }

  static final Isp COMCAST = new Isp(7922, "Comcast Cable Communications, LLC", Kind.RESIDENTIAL);
  static final Isp CHARTER = new Isp(20115, "Charter Communications", Kind.RESIDENTIAL);
  static final Isp ATT = new Isp(7018, "AT&T Services, Inc.", Kind.RESIDENTIAL);
  static final Isp VERIZON_FIOS = new Isp(701, "Verizon Business", Kind.RESIDENTIAL);
  static final Isp COX = new Isp(22773, "Cox Communications Inc.", Kind.RESIDENTIAL);
  static final Isp CENTURYLINK = new Isp(209, "CenturyLink Communications, LLC", Kind.RESIDENTIAL);
  static final Isp FRONTIER = new Isp(5650, "Frontier Communications of America, Inc.", Kind.RESIDENTIAL);

  static final Isp TMOBILE = new Isp(21928, "T-Mobile USA, Inc.", Kind.MOBILE);
  static final Isp VERIZON_WIRELESS = new Isp(22394, "Cellco Partnership DBA Verizon Wireless", Kind.MOBILE);

  static final Isp LUMEN = new Isp(3356, "Level 3 Parent, LLC", Kind.BUSINESS);
  static final Isp ZAYO = new Isp(6461, "Zayo Bandwidth", Kind.BUSINESS);
  static final Isp COGENT = new Isp(174, "Cogent Communications", Kind.BUSINESS);

  static final Isp M247 = new Isp(9009, "M247 Europe SRL", Kind.HOSTING);
  static final Isp DIGITALOCEAN = new Isp(14061, "DigitalOcean, LLC", Kind.HOSTING);
  static final Isp DATACAMP = new Isp(60068, "Datacamp Limited", Kind.HOSTING);
  static final Isp CLOUVIDER = new Isp(62240, "Clouvider", Kind.HOSTING);
  static final Isp LEASEWEB_US = new Isp(7203, "Leaseweb USA, Inc.", Kind.HOSTING);
  static final Isp QUADRANET = new Isp(8100, "QuadraNet Enterprises LLC", Kind.HOSTING);
  static final Isp AMAZON = new Isp(16509, "AMAZON-02", Kind.HOSTING);
  static final Isp MICROSOFT = new Isp(8075, "MICROSOFT-CORP-MSN-AS-BLOCK", Kind.HOSTING);

  static final Isp CHINA_UNICOM = new Isp(4837, "CHINA UNICOM China169 Backbone", Kind.RESIDENTIAL);
  static final Isp CHINA_TELECOM = new Isp(4134, "Chinanet", Kind.RESIDENTIAL);
  static final Isp ROSTELECOM = new Isp(12389, "PJSC Rostelecom", Kind.RESIDENTIAL);
  static final Isp KT = new Isp(4766, "Korea Telecom", Kind.RESIDENTIAL);
  static final Isp BT = new Isp(2856, "British Telecommunications PLC", Kind.RESIDENTIAL);
  static final Isp NTT = new Isp(4713, "NTT Communications Corporation", Kind.RESIDENTIAL);
  static final Isp TELMEX = new Isp(8151, "UNINET", Kind.RESIDENTIAL);
  static final Isp TELEFONICA = new Isp(3352, "TELEFONICA DE ESPANA S.A.U.", Kind.RESIDENTIAL);
  static final Isp ROGERS = new Isp(812, "Rogers Communications Canada Inc.", Kind.RESIDENTIAL);

  static final Isp[] US_RESIDENTIAL = {COMCAST, CHARTER, ATT, VERIZON_FIOS, COX, CENTURYLINK, FRONTIER};
  /** Hosting networks Astrill and other VPN providers rent their exits from. */
  static final Isp[] VPN_HOSTING = {M247, DATACAMP, CLOUVIDER, LEASEWEB_US, QUADRANET, DIGITALOCEAN};
}
