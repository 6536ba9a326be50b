// Source: LLM tool-choice routing by embedding similarity (aurelio-labs semantic-router; the "route by cosine
// similarity then softmax" pattern of agent frameworks), probabilities over tools for each user query.
// Layout: Dictionary<string, double[]> keyed by tool, each array indexed by query (the softmax axis crosses the
// dictionary entries, one column per query); a scale (inverse temperature) and an abstain threshold.
// Correct: peak and normaliser per query; the per-tool best similarity is a routing statistic, not a shift.
using System;
using System.Collections.Generic;

namespace HeldOut20.ToolRouter;

public static class SemanticRouter
{
    /// <summary>Returns the probability of each tool for each query; chosen[q] is the tool name or null (abstain).</summary>
    public static Dictionary<string, double[]> Route(
        IReadOnlyDictionary<string, double[]> similarity, int queries, double scale, double threshold,
        string?[] chosen, Dictionary<string, double> bestSimilarityPerTool)
    {
        var probabilities = new Dictionary<string, double[]>();
        foreach (KeyValuePair<string, double[]> tool in similarity)
        {
            probabilities[tool.Key] = new double[queries];
            double best = double.NegativeInfinity;
            foreach (double s in tool.Value)
            {
                best = Math.Max(best, s);
            }

            bestSimilarityPerTool[tool.Key] = best;
        }

        for (int q = 0; q < queries; q++)
        {
            double peak = double.NegativeInfinity;
            foreach (double[] column in similarity.Values)
            {
                peak = Math.Max(peak, column[q] * scale);
            }

            double z = 0.0;
            foreach (KeyValuePair<string, double[]> tool in similarity)
            {
                double e = Math.Exp(tool.Value[q] * scale - peak);
                probabilities[tool.Key][q] = e;
                z += e;
            }

            chosen[q] = null;
            double top = threshold;
            foreach (KeyValuePair<string, double[]> tool in probabilities)
            {
                tool.Value[q] /= z;
                if (tool.Value[q] >= top)
                {
                    top = tool.Value[q];
                    chosen[q] = tool.Key;
                }
            }
        }

        return probabilities;
    }
}
