// Idiom: beam search step over a [beams, vocab] logit block: per-beam shift, one normaliser for the whole block
// Layout: jagged float[][] [beams][vocab], double posteriors, LINQ Max per beam
// Bug (LG0002): norm is summed over every beam's vocabulary, so each beam's row sums to less than 1
using System;
using System.Linq;

namespace HeldOut40.BeamSearch_SharedNormaliser;

public static class BeamBlock
{
    public static double[][] Posteriors(float[][] beamLogits)
    {
        int beams = beamLogits.Length;
        var post = new double[beams][];
        double norm = 0;
        for (int b = 0; b < beams; b++)
        {
            float top = beamLogits[b].Max();
            post[b] = new double[beamLogits[b].Length];
            for (int v = 0; v < post[b].Length; v++)
            {
                post[b][v] = Math.Exp(beamLogits[b][v] - top);
                norm += post[b][v]; //~ LG0002
            }
        }

        foreach (var row in post)
            for (int v = 0; v < row.Length; v++)
                row[v] /= norm;

        return post;
    }
}
