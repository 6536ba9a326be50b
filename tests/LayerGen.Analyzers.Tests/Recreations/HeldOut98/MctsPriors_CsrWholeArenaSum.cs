// Idiom: MCTS expansion, child logits turned into priors per node, nodes described by CSR offsets.
// Use: tree search for a board game, all frontier nodes expanded in one batch.
// Layout: flat double[] arena with int[] Offsets (node n's children at Offsets[n]..Offsets[n + 1]).
// Bug (LG0002): each node is shifted by its own max, but the normaliser is one Sum() over the whole arena, so every node's
// priors are divided by the total of all nodes.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut98.MctsPriors_CsrWholeArenaSum;

public sealed class ExpansionBatch(double[] logits, int[] offsets)
{
    public double[] Logits { get; } = logits;
    public int[] Offsets { get; } = offsets;
    public double[] Priors { get; } = new double[logits.Length];

    public void Normalise()
    {
        for (int n = 0; n + 1 < Offsets.Length; n++)
        {
            double m = double.NegativeInfinity;
            for (int k = Offsets[n]; k < Offsets[n + 1]; k++)
            {
                if (Logits[k] > m) m = Logits[k];
            }

            for (int k = Offsets[n]; k < Offsets[n + 1]; k++) Priors[k] = Math.Exp(Logits[k] - m);
        }

        double total = Priors.Sum(); //~ LG0002
        for (int n = 0; n + 1 < Offsets.Length; n++)
        {
            for (int k = Offsets[n]; k < Offsets[n + 1]; k++) Priors[k] /= total;
        }
    }
}
