// Idiom: Boltzmann exploration where each state has its own list of legal actions (board games, card games), so the
// per-state action-value lists have different lengths; the softmax is a local function applied per state.
// Use: move probabilities for every state of a batch of game positions.
// Layout: jagged double[][] with rows of different lengths, local function Boltzmann(double[] q).
// Correct: the local function takes the max, the exp and the sum over the one row it is given.
using System;

namespace HeldOut64.LegalActionLists_LocalFunction;

public static class GameExploration
{
    public static double[][] MoveProbabilities(double[][] legalQ, double temperature)
    {
        var result = new double[legalQ.Length][];
        for (int s = 0; s < legalQ.Length; s++)
        {
            result[s] = Boltzmann(legalQ[s]);
        }

        return result;

        double[] Boltzmann(double[] q)
        {
            double top = q[0];
            for (int i = 1; i < q.Length; i++)
            {
                if (q[i] > top)
                {
                    top = q[i];
                }
            }

            var p = new double[q.Length];
            double sum = 0.0;
            for (int i = 0; i < q.Length; i++)
            {
                p[i] = Math.Exp((q[i] - top) / temperature);
                sum += p[i];
            }

            for (int i = 0; i < p.Length; i++)
            {
                p[i] /= sum;
            }

            return p;
        }
    }
}
