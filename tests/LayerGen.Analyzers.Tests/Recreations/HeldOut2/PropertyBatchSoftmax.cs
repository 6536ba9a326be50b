// Re-creates: a C# chatbot intent classifier's output holder (class with a Logits property) normalising each utterance's row
// Layout: jagged double[][] held in a property, foreach over rows, LINQ row.Max() per row
// Expected: Correct
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut2.PropertyBatchSoftmax;

public sealed class IntentScores
{
    public IntentScores(double[][] logits) => Logits = logits;

    public double[][] Logits { get; }

    public double[][] Probabilities()
    {
        var result = new List<double[]>(Logits.Length);
        foreach (double[] row in Logits)
        {
            double rowMax = row.Max();
            var p = new double[row.Length];
            double z = 0;
            for (int k = 0; k < row.Length; k++)
            {
                p[k] = Math.Exp(row[k] - rowMax);
                z += p[k];
            }

            for (int k = 0; k < row.Length; k++)
            {
                p[k] /= z;
            }

            result.Add(p);
        }

        return result.ToArray();
    }
}
