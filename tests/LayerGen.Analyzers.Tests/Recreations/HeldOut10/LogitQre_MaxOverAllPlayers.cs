// Re-creation (our own code) of the shape of a logit quantal-response step (McKelvey & Palfrey 1995; Gambit-style
// logit response), with one "largest payoff in the game" as the shift.
// Layout: IReadOnlyList<double[]> ragged payoffs per player, nested foreach for the shift.
// Bug (LG0001): the maximum runs over every player's payoffs; a player whose payoffs sit far below another player's
// (payoffs in different units) gets 0 / 0.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut10;

public static class LogitQreMaxOverAllPlayers
{
    public static double[][] Respond(IReadOnlyList<double[]> expectedPayoff, double lambda)
    {
        double gameMax = double.NegativeInfinity;
        foreach (double[] row in expectedPayoff)
            foreach (double value in row)
                gameMax = Math.Max(gameMax, lambda * value); //~ LG0001

        var strategy = new double[expectedPayoff.Count][];
        for (int i = 0; i < expectedPayoff.Count; i++)
        {
            double[] u = expectedPayoff[i];
            strategy[i] = new double[u.Length];
            double total = 0.0;
            for (int a = 0; a < u.Length; a++)
            {
                strategy[i][a] = Math.Exp(lambda * u[a] - gameMax);
                total += strategy[i][a];
            }

            for (int a = 0; a < u.Length; a++)
                strategy[i][a] /= total;
        }

        return strategy;
    }
}
