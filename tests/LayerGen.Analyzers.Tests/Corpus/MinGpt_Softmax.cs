// Pattern from a C# minGPT port (namespace mingpt6, ActivationFunctions.Softmax(double[] logits); re-created).
// One-dimensional softmax with foreach max: correct, no diagnostic. The batched caller applies it row by row.
using System;

namespace Corpus.MinGpt
{
    public static class ActivationFunctions
    {
        public static double[] Softmax(double[] logits)
        {
            double maxLogit = double.MinValue;
            foreach (var logit in logits)
                if (logit > maxLogit)
                    maxLogit = logit;

            double sumExp = 0;
            var exps = new double[logits.Length];
            for (int i = 0; i < logits.Length; i++)
            {
                exps[i] = Math.Exp(logits[i] - maxLogit);
                sumExp += exps[i];
            }

            var softmax = new double[logits.Length];
            for (int i = 0; i < logits.Length; i++)
                softmax[i] = exps[i] / sumExp;

            return softmax;
        }

        public static double[][] SoftmaxRows(double[][] batch)
        {
            var result = new double[batch.Length][];
            for (int i = 0; i < batch.Length; i++)
                result[i] = Softmax(batch[i]);
            return result;
        }
    }
}
