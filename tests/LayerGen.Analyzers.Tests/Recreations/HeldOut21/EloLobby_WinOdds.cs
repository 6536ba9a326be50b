// Source: multiplayer Elo/MMR win odds for matchmaking lobbies (Elo 1978 extended to n players: 10^(R/400)
// normalised over the lobby), the shape of C# game-backend matchmaking services.
// Layout: records (Lobby of IReadOnlyList<Player>), LINQ Max/Select/Sum per lobby.
// Label: Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut21.EloLobbyWinOdds;

/// <summary>A queued player and their rating.</summary>
public sealed record Player(string Id, double Rating);

/// <summary>A lobby of players about to start one match.</summary>
public sealed record Lobby(int Id, IReadOnlyList<Player> Players);

/// <summary>Pre-match win odds for a free-for-all match.</summary>
public static class LobbyOdds
{
    private static readonly double RatingToLogit = Math.Log(10.0) / 400.0;

    /// <summary>P(player wins) = 10^(R/400) / Σ 10^(R'/400) over the lobby, computed relative to the lobby's best.</summary>
    public static List<double[]> WinOdds(IEnumerable<Lobby> lobbies)
    {
        var odds = new List<double[]>();
        foreach (var lobby in lobbies)
        {
            double top = lobby.Players.Max(p => p.Rating);
            double[] strength = lobby.Players.Select(p => Math.Exp((p.Rating - top) * RatingToLogit)).ToArray();
            double total = strength.Sum();
            odds.Add(strength.Select(s => s / total).ToArray());
        }

        return odds;
    }
}
