// Source: log-linear learning in potential games (Blume 1993; Marden & Shamma 2012): revision probabilities
// ∝ exp(β·U_i(a, a_−i)).
// Layout: double[players, actions] utilities; the Boltzmann weight is a local function capturing β and the table.
// Bug: LG0003 (the weight exponentiates β·U raw).
using System;

namespace LayerGen.Recreations.HeldOut16.LogLinearLearning_RawLocalFunction;

public static class LogLinearLearning
{
    /// <summary>Revision probabilities [players, actions].</summary>
    public static double[,] RevisionProbabilities(double[,] utility, double beta)
    {
        int players = utility.GetLength(0), actions = utility.GetLength(1);
        var probability = new double[players, actions];
        for (int player = 0; player < players; player++)
        {
            double z = 0;
            for (int a = 0; a < actions; a++)
            {
                probability[player, a] = Weight(player, a);
                z += probability[player, a];
            }
            for (int a = 0; a < actions; a++) probability[player, a] /= z;
        }
        return probability;

        double Weight(int player, int a) => Math.Exp(beta * utility[player, a]); //~ LG0003
    }
}
