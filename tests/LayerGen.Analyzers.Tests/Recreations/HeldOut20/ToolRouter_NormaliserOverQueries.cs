// Source: LLM tool-choice routing by embedding similarity (aurelio-labs semantic-router; agent frameworks' tool
// routers), probabilities over tools for each query in a batch.
// Layout: Dictionary<string, double[]> keyed by tool, arrays indexed by query; per-query peaks in a double[].
// Bug LG0002: the normaliser z is declared once above the query loop, so it sums over every query of the batch.
using System;
using System.Collections.Generic;

namespace HeldOut20.ToolRouterBatchSum;

public static class SemanticRouter
{
    public static Dictionary<string, double[]> Route(IReadOnlyDictionary<string, double[]> similarity, int queries, double scale)
    {
        var peaks = new double[queries];
        Array.Fill(peaks, double.NegativeInfinity);
        foreach (double[] column in similarity.Values)
        {
            for (int q = 0; q < queries; q++)
            {
                peaks[q] = Math.Max(peaks[q], column[q] * scale);
            }
        }

        var probabilities = new Dictionary<string, double[]>();
        double z = 0.0;
        for (int q = 0; q < queries; q++)
        {
            foreach (var (tool, column) in similarity)
            {
                if (!probabilities.TryGetValue(tool, out double[]? p))
                {
                    p = new double[queries];
                    probabilities[tool] = p;
                }

                p[q] = Math.Exp(column[q] * scale - peaks[q]);
                z += p[q]; //~ LG0002
            }
        }

        foreach (double[] p in probabilities.Values)
        {
            for (int q = 0; q < queries; q++)
            {
                p[q] /= z;
            }
        }

        return probabilities;
    }
}
