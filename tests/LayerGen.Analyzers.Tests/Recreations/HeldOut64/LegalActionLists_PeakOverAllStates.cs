// Idiom: Boltzmann exploration over legal-action lists of different lengths, float, lists built by the environment.
// Use: move probabilities for a batch of positions collected from self-play workers.
// Layout: List<List<float>> (one inner list per state, lengths differ), one LINQ max over every list, MathF.Exp.
// Bug (LG0001): `legal.Max(l => l.Max())` is the best Q over all positions of the batch, not over the position's own
// legal moves; a position whose values sit far below the best one underflows to 0/0.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut64.LegalActionLists_PeakOverAllStates;

public static class SelfPlayBatch
{
    public static List<List<float>> Probabilities(List<List<float>> legal, float tau)
    {
        float top = legal.Max(l => l.Max()); //~ LG0001
        var output = new List<List<float>>(legal.Count);
        foreach (List<float> moves in legal)
        {
            var p = new List<float>(moves.Count);
            float total = 0f;
            foreach (float q in moves)
            {
                float w = MathF.Exp((q - top) / tau);
                p.Add(w);
                total += w;
            }

            for (int i = 0; i < p.Count; i++)
            {
                p[i] /= total;
            }

            output.Add(p);
        }

        return output;
    }
}
