// Idiom: hierarchical attention document classifier, word attention per sentence with the scores kept per sentence
// Layout: jagged double[sentences][words] (ragged sentence lengths)
// Bug (LG0001): the peak is declared above the sentence loop and never reset, a running maximum over the document so far
using System;

namespace HeldOut44.SentenceAttention_DocumentPeak;

public static class DocumentAttention
{
    public static double[][] WordWeights(double[][] scores)
    {
        var weights = new double[scores.Length][];
        double peak = double.NegativeInfinity;
        for (int s = 0; s < scores.Length; s++)
        {
            double[] sentence = scores[s];
            for (int i = 0; i < sentence.Length; i++)
                peak = Math.Max(peak, sentence[i]); //~ LG0001

            var w = new double[sentence.Length];
            double z = 0;
            for (int i = 0; i < sentence.Length; i++)
            {
                w[i] = Math.Exp(sentence[i] - peak);
                z += w[i];
            }
            for (int i = 0; i < sentence.Length; i++)
                w[i] /= z;
            weights[s] = w;
        }
        return weights;
    }
}
