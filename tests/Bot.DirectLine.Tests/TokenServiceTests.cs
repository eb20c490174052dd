using Bot.DirectLine.Tokens;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.DirectLine.Tests;

public sealed class TokenServiceTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    private TokenService CreateSut() => new(Options.Create(new DirectLineOptions { TokenLifetime = TimeSpan.FromMinutes(30) }), _time);

    [Fact]
    public void Validate_IssuedToken_GrantsItsConversationAndUser()
    {
        var sut = CreateSut();
        var (token, _) = sut.Issue("conv-1", "dl_user");

        Assert.Equal(TokenFailure.None, sut.Validate(token, out var grant));
        Assert.Equal(("conv-1", "dl_user", _time.GetUtcNow().AddMinutes(30)), (grant!.ConversationId, grant.UserId, grant.ExpiresAt));
    }

    [Fact]
    public void Issue_IsAJwtWhoseUserClaimWebChatAdopts()
    {
        var (token, _) = CreateSut().Issue("conv-1", "dl_user");

        var claims = System.Text.Json.Nodes.JsonNode.Parse(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(token.Split('.')[1]))!;
        Assert.Equal(("dl_user", "conv-1"), ((string)claims["user"]!, (string)claims["conv"]!));
    }

    [Fact]
    public void Validate_AtExpiry_IsExpired()
    {
        var sut = CreateSut();
        var (token, _) = sut.Issue("conv-1", "dl_user");

        _time.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal(TokenFailure.Expired, sut.Validate(token, out _));
    }

    [Fact]
    public void Validate_AnyChangedCharacter_IsInvalid()
    {
        var sut = CreateSut();
        var (token, _) = sut.Issue("conv-1", "dl_user");

        for (var i = 0; i < token.Length; i++)
        {
            var changed = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];
            Assert.NotEqual(TokenFailure.None, sut.Validate(changed, out _));
        }
    }

    [Fact]
    public void Validate_TokenOfAnotherServer_IsInvalid()
    {
        var (token, _) = CreateSut().Issue("conv-1", "dl_user");

        Assert.Equal(TokenFailure.Invalid, CreateSut().Validate(token, out _));
    }

    [Theory]
    [InlineData(null, "Missing")]
    [InlineData("", "Missing")]
    [InlineData("not base64 !", "Invalid")]
    [InlineData("eyJhbGciOiJub25lIn0.e30.", "Invalid")]
    [InlineData("c2hvcnQ", "Invalid")]
    public void Validate_Garbage_IsRefused(string? token, string expected) =>
        Assert.Equal(expected, CreateSut().Validate(token, out _).ToString());

    [Fact]
    public void NewIds_AreUnguessableAndPrefixed()
    {
        Assert.StartsWith("dl_", TokenService.NewUserId(), StringComparison.Ordinal);
        Assert.NotEqual(TokenService.NewConversationId(), TokenService.NewConversationId());
        Assert.Equal(22, TokenService.NewConversationId().Length);
    }
}
