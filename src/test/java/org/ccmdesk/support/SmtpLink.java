package org.ccmdesk.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The network between the application and the test mail server: a TCP relay on a fixed
 * port that a test can cut (every open connection closed, new ones refused) and restore,
 * as when the mail server goes down and comes back. The server behind it keeps what it
 * received, so a test can count every message across the outage.
 */
final class SmtpLink {

    private final int port;

    private final int target;

    private final List<Socket> open = new CopyOnWriteArrayList<>();

    private ServerSocket listener;

    SmtpLink(int port, int target) {
        this.port = port;
        this.target = target;
    }

    synchronized boolean isUp() {
        return listener != null && !listener.isClosed();
    }

    synchronized void up() {
        if (isUp()) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listener = socket;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServerSocket accepting = listener;
        Thread acceptor = new Thread(() -> accept(accepting), "smtp-link-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    synchronized void down() {
        close(listener);
        open.forEach(SmtpLink::close);
        open.clear();
    }

    private void accept(ServerSocket accepting) {
        while (!accepting.isClosed()) {
            try {
                Socket client = accepting.accept();
                Socket server;
                synchronized (this) {
                    if (listener != accepting || accepting.isClosed()) {
                        // accepted just as the link was cut: cut this one too
                        close(client);
                        continue;
                    }
                    server = new Socket(InetAddress.getLoopbackAddress(), target);
                    open.add(client);
                    open.add(server);
                }
                // A relay must not hold small writes back (Nagle's algorithm waiting for
                // a
                // delayed acknowledgement): each SMTP reply would wait about 40 ms.
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                pump(client, server);
                pump(server, client);
            }
            catch (IOException e) {
                // The link was cut, or the server is not there: the client sees a closed
                // connection.
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            }
            catch (IOException e) {
                // Cut: both ends are closed below.
            }
            finally {
                close(from);
                close(to);
                open.remove(from);
                open.remove(to);
            }
        }, "smtp-link-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void close(java.io.Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        }
        catch (IOException e) {
            // Already closed.
        }
    }

}
