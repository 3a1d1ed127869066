package dev.farmguard.collector.report.delivery;

import dev.farmguard.collector.config.ReportsSettings.Schedule;
import dev.farmguard.collector.config.ReportsSettings.Security;
import dev.farmguard.collector.config.ReportsSettings.Smtp;
import dev.farmguard.collector.report.FleetReport;
import dev.farmguard.collector.report.ReportFormat;
import dev.farmguard.collector.report.ReportGenerator.Generated;
import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Map;
import java.util.Properties;

/**
 * E-mails the report's files as attachments over SMTP (Jakarta Mail, Eclipse Angus): STARTTLS required on the
 * submission port, or TLS from the first byte; the server's certificate and host name are always checked (against the
 * JVM's CAs, or the configured {@code trust-file}); authentication when a user name is configured.
 */
public final class EmailDelivery implements Delivery {

    private final Smtp smtp;

    public EmailDelivery(Smtp smtp) {
        this.smtp = smtp;
    }

    @Override
    public String name() {
        return "e-mail";
    }

    @Override
    public boolean wanted(Schedule schedule) {
        return !schedule.emailTo().isEmpty();
    }

    @Override
    public void deliver(Schedule schedule, Generated report) throws IOException {
        try {
            String password = smtp.username().isEmpty() ? null
                    : Files.readString(smtp.passwordFile(), StandardCharsets.UTF_8).strip();
            Session session = session();
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(smtp.from(), true));
            for (String to : schedule.emailTo()) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            }
            message.setSubject(subject(schedule, report.report()), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(report.report().generatedAt()));
            MimeMultipart parts = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body(report.report()), StandardCharsets.UTF_8.name());
            parts.addBodyPart(text);
            for (Map.Entry<ReportFormat, Path> e : report.files().entrySet()) {
                MimeBodyPart file = new MimeBodyPart();
                FileDataSource source = new FileDataSource(e.getValue().toFile());
                file.setDataHandler(new DataHandler(source));
                file.setHeader("Content-Type", e.getKey().mediaType());
                file.setFileName(e.getValue().getFileName().toString());
                file.setDisposition(MimeBodyPart.ATTACHMENT);
                parts.addBodyPart(file);
            }
            message.setContent(parts);
            message.saveChanges();
            // the session's protocol (smtp or smtps), not Transport.send's address-type default, which is plain smtp
            try (Transport transport = session.getTransport(protocol())) {
                transport.connect(smtp.host(), smtp.port(), password == null ? null : smtp.username(), password);
                transport.sendMessage(message, message.getAllRecipients());
            }
        } catch (MessagingException e) {
            throw new IOException("sending the report to " + smtp.host() + ":" + smtp.port() + " failed: "
                    + e.getMessage(), e);
        }
    }

    private Session session() throws IOException {
        Properties p = new Properties();
        String prefix = "mail." + protocol() + ".";
        p.put("mail.transport.protocol", protocol());
        p.put(prefix + "host", smtp.host());
        p.put(prefix + "port", String.valueOf(smtp.port()));
        String millis = String.valueOf(smtp.timeout().toMillis());
        p.put(prefix + "connectiontimeout", millis);
        p.put(prefix + "timeout", millis);
        p.put(prefix + "writetimeout", millis);
        if (smtp.security() == Security.STARTTLS) {
            // required: a server (or a man in the middle) that does not offer STARTTLS gets no mail in clear text
            p.put(prefix + "starttls.enable", "true");
            p.put(prefix + "starttls.required", "true");
        }
        if (smtp.security() != Security.NONE) {
            p.put(prefix + "ssl.checkserveridentity", "true");
            if (smtp.trustFile() != null) {
                p.put(prefix + "ssl.socketFactory", TrustFile.socketFactory(smtp.trustFile()));
            }
        }
        if (!smtp.username().isEmpty()) {
            p.put(prefix + "auth", "true");
        }
        return Session.getInstance(p);
    }

    private String protocol() {
        return smtp.security() == Security.TLS ? "smtps" : "smtp";
    }

    static String subject(Schedule schedule, FleetReport r) {
        if (!schedule.subject().isEmpty()) {
            return schedule.subject();
        }
        return "Farmguard " + r.kind().title().toLowerCase(java.util.Locale.ROOT) + ": " + r.counts().laptopFarm()
                + " laptop farm, " + r.counts().review() + " review, of " + r.counts().total() + " devices";
    }

    static String body(FleetReport r) {
        StringBuilder b = new StringBuilder();
        b.append(r.kind().title()).append(", generated ").append(r.generatedAt()).append(".\n\n");
        b.append("Devices: ").append(r.counts().total()).append(" (ok ").append(r.counts().ok()).append(", review ")
                .append(r.counts().review()).append(", laptop farm ").append(r.counts().laptopFarm()).append(")\n");
        b.append("Changes since the last report: ").append(r.changes().size()).append('\n');
        b.append("Devices gone silent: ").append(r.silent().size()).append('\n');
        b.append("Roster laptops never enrolled: ").append(r.coverage().neverEnrolled().size()).append("\n\n");
        b.append("The full report is attached.\n");
        return b.toString();
    }
}
