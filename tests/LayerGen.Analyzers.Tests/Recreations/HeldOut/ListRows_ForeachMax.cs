// Re-creation (our own code) of ActivationFunctions.Softmax in a C# minGPT port (namespace mingpt6 /
// transformers.utils: `double maxLogit = double.MinValue; foreach (var logit in logits) ...`, then exps and a sum)
// applied to a List<double[]> of token rows.
// Layout: List<double[]> rows, foreach max per row. Correct.
using System;
using System.Collections.Generic;

namespace HeldOut.ListRowsForeachMax;

public static class ActivationFunctions
{
    public static List<double[]> SoftmaxRows(List<double[]> batch)
    {
        var result = new List<double[]>(batch.Count);
        foreach (double[] logits in batch)
        {
            double maxLogit = double.MinValue;
            foreach (double logit in logits)
            {
                if (logit > maxLogit)
                {
                    maxLogit = logit;
                }
            }

            double sumExp = 0;
            var exps = new double[logits.Length];
            for (int i = 0; i < logits.Length; i++)
            {
                exps[i] = Math.Exp(logits[i] - maxLogit);
                sumExp += exps[i];
            }

            for (int i = 0; i < exps.Length; i++)
            {
                exps[i] /= sumExp;
            }

            result.Add(exps);
        }

        return result;
    }
}
