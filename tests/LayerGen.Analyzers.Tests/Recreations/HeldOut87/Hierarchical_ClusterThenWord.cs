// Idiom: two-level (class-based) softmax: a softmax over word clusters, then a softmax over the words of each cluster,
//        P(w) = P(cluster) · P(w | cluster).
// Use: class-factored output layer of a language model, batched over contexts.
// Layout: cluster logits float[batch, clusters]; word logits flat float[batch · vocab] with ragged cluster ranges
//         clusterStart[c]..clusterStart[c + 1] inside each row b · vocab.
// Correct: cluster softmax per context; word softmax per (context, cluster) range.
// Our own code.
#nullable enable
using System;

namespace HeldOut87.Hierarchical_ClusterThenWord;

public sealed class ClassBasedSoftmax(int[] clusterStart)
{
    public float[] Joint(float[,] clusterLogits, float[] wordLogits, float[,] clusterP, float[] wordGivenCluster)
    {
        int batch = clusterLogits.GetLength(0);
        int clusters = clusterStart.Length - 1;
        int vocab = clusterStart[^1];
        var joint = new float[batch * vocab];
        for (int b = 0; b < batch; b++)
        {
            float top = float.NegativeInfinity;
            for (int c = 0; c < clusters; c++) top = Math.Max(top, clusterLogits[b, c]);
            float z = 0f;
            for (int c = 0; c < clusters; c++) z += clusterP[b, c] = MathF.Exp(clusterLogits[b, c] - top);
            for (int c = 0; c < clusters; c++) clusterP[b, c] /= z;

            int row = b * vocab;
            for (int c = 0; c < clusters; c++)
            {
                int lo = row + clusterStart[c];
                int hi = row + clusterStart[c + 1];
                float wTop = float.NegativeInfinity;
                for (int w = lo; w < hi; w++)
                {
                    if (wordLogits[w] > wTop) wTop = wordLogits[w];
                }

                float wz = 0f;
                for (int w = lo; w < hi; w++)
                {
                    wordGivenCluster[w] = MathF.Exp(wordLogits[w] - wTop);
                    wz += wordGivenCluster[w];
                }

                for (int w = lo; w < hi; w++)
                {
                    wordGivenCluster[w] /= wz;
                    joint[w] = clusterP[b, c] * wordGivenCluster[w];
                }
            }
        }

        return joint;
    }
}
