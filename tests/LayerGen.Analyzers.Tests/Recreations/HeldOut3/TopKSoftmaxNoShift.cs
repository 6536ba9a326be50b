// Re-creates: top-k sampling written with LINQ (OrderByDescending / Take) in C# chatbot samples: exp of the k best
// logits, normalised over those k.
// Layout: 1-D double[] over the vocabulary; softmax axis = the top-k subset.
// Bug: LG0003 (exp of the raw top-k logits).
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut3.TopKSoftmaxNoShift;

public static class TopK
{
    public static double[] Probabilities(double[] logits, int k)
    {
        var top = logits
            .Select((value, index) => (Value: value, Index: index))
            .OrderByDescending(t => t.Value)
            .Take(k)
            .ToArray();

        var probs = new double[logits.Length];
        double sum = 0;
        foreach (var (value, index) in top)
        {
            probs[index] = Math.Exp(value); //~ LG0003
            sum += probs[index];
        }

        foreach (var (_, index) in top)
        {
            probs[index] /= sum;
        }

        return probs;
    }
}
