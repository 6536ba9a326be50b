// Idiom: Bengio-style neural n-gram language model, next-word distribution for a batch of contexts (Z = W·H + b)
// Layout: W double[vocab, hidden], H double[hidden, contexts], scores and probabilities column-major double[vocab, contexts]
// Correct
using System;

namespace HeldOut44.NeuralNgram_ContextColumns;

public sealed class NgramLanguageModel
{
    public double[,] W { get; }
    public double[] B { get; }

    public NgramLanguageModel(double[,] w, double[] b)
    {
        W = w;
        B = b;
    }

    public double[,] NextWordProbabilities(double[,] h)
    {
        int vocab = W.GetLength(0), hiddenSize = W.GetLength(1), contexts = h.GetLength(1);
        var z = new double[vocab, contexts];
        for (int w = 0; w < vocab; w++)
            for (int j = 0; j < contexts; j++)
            {
                double acc = B[w];
                for (int d = 0; d < hiddenSize; d++) acc += W[w, d] * h[d, j];
                z[w, j] = acc;
            }

        for (int j = 0; j < contexts; j++)
        {
            double colMax = double.NegativeInfinity;
            for (int w = 0; w < vocab; w++) if (z[w, j] > colMax) colMax = z[w, j];

            double colSum = 0;
            for (int w = 0; w < vocab; w++)
            {
                z[w, j] = Math.Exp(z[w, j] - colMax);
                colSum += z[w, j];
            }
            for (int w = 0; w < vocab; w++) z[w, j] /= colSum;
        }
        return z;
    }
}
