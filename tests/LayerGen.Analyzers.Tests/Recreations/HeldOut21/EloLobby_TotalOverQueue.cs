// Source: multiplayer Elo/MMR win odds for matchmaking lobbies (Elo 1978 extended to n players).
// Layout: records (Lobby of IReadOnlyList<Player>), LINQ; strengths per lobby, one total over the whole queue.
// Label: LG0002 (the normaliser sums the strengths of every lobby, not of the player's own lobby).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut21.EloLobbyTotalOverQueue;

/// <summary>A queued player and their rating.</summary>
public sealed record Player(string Id, double Rating);

/// <summary>A lobby of players about to start one match.</summary>
public sealed record Lobby(int Id, IReadOnlyList<Player> Players);

/// <summary>Pre-match win odds for every lobby in the queue.</summary>
public static class QueueOdds
{
    private static readonly double RatingToLogit = Math.Log(10.0) / 400.0;

    /// <summary>Per-lobby shifted strengths, normalised by one queue-wide total.</summary>
    public static List<double[]> WinOdds(IReadOnlyList<Lobby> queue)
    {
        List<double[]> strengths = queue
            .Select(lobby =>
            {
                double top = lobby.Players.Max(p => p.Rating);
                return lobby.Players.Select(p => Math.Exp((p.Rating - top) * RatingToLogit)).ToArray();
            })
            .ToList();
        double total = strengths.SelectMany(s => s).Sum(); //~ LG0002
        return strengths.Select(s => s.Select(v => v / total).ToArray()).ToList();
    }
}
