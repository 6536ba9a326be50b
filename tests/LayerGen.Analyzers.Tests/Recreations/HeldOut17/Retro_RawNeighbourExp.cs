// Source: RETRO chunked cross-attention (Borgeaud et al. 2022), written per chunk over the concatenated neighbour
//   tokens with LINQ.
// Layout: List<float[][]>, one entry per chunk: [query][neighbours · retLen] scores; `Select` with an exp lambda
//   of the scaled score, `Sum`, then a projection dividing by it.
// Bug: LG0003 (exp of the raw scaled scores, no peak subtracted).
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>RETRO cross-attention weights per chunk, from LINQ projections.</summary>
public static class RetroLinqWeights
{
    /// <summary>Returns the weights per chunk, [query][neighbours · retLen].</summary>
    public static List<float[][]> Weights(List<float[][]> chunkScores, float scale)
    {
        var result = new List<float[][]>(chunkScores.Count);
        foreach (float[][] chunk in chunkScores)
        {
            var perQuery = new List<float[]>();
            foreach (float[] query in chunk)
            {
                float[] e = query.Select(s => MathF.Exp(s * scale)).ToArray(); //~ LG0003
                float z = e.Sum();
                perQuery.Add(e.Select(v => v / z).ToArray());
            }

            result.Add(perQuery.ToArray());
        }

        return result;
    }
}
