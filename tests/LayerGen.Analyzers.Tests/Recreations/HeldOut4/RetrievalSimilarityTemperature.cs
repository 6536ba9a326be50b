// Source: retrieval-augmented generation in C# (Semantic Kernel memory / embedding search samples): document
// similarities turned into attention-like weights softmax(sim / T) before mixing retrieved chunks.
// Layout: SortedDictionary<string, double> of similarities; deconstructed foreach; `if` max; result dictionary.
// Correct.
using System;
using System.Collections.Generic;

namespace LayerGen.HeldOut4.RetrievalSimilarityTemperature;

public static class RetrievalWeights
{
    public static Dictionary<string, double> Weights(SortedDictionary<string, double> similarities, double temperature)
    {
        double best = double.NegativeInfinity;
        foreach (var (_, sim) in similarities)
        {
            if (sim > best)
                best = sim;
        }

        var weights = new Dictionary<string, double>();
        double z = 0.0;
        foreach (var (doc, sim) in similarities)
        {
            double w = Math.Exp(sim / temperature - best / temperature);
            weights.Add(doc, w);
            z += w;
        }

        foreach (string doc in similarities.Keys)
            weights[doc] /= z;
        return weights;
    }
}
