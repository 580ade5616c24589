package com.valorivx.governance;

/** What a sign-in or refresh hands back; {@code expiresIn} is the access token's life in seconds. */
public record TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn) {
}
