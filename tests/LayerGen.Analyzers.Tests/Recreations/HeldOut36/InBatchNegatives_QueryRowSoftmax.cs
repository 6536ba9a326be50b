// Idiom: in-batch negatives for a two-tower retriever: query i against every document of the batch, softmax over documents
// Layout: embeddings float[batch][dim]; similarity float[batch, batch] (row = query, column = document), temperature-scaled
// Correct
using System;

namespace HeldOut36.InBatchNegatives_QueryRowSoftmax;

public sealed class InBatchContrastive
{
    private readonly float _temperature;

    public InBatchContrastive(float temperature) => _temperature = temperature;

    public float[,] DocumentProbabilities(float[][] queries, float[][] documents)
    {
        int batch = queries.Length;
        var logits = new float[batch, batch];
        for (int i = 0; i < batch; i++)
        {
            for (int j = 0; j < batch; j++)
            {
                logits[i, j] = Dot(queries[i], documents[j]) / _temperature;
            }
        }

        var probabilities = new float[batch, batch];
        for (int i = 0; i < batch; i++)
        {
            float rowMax = logits[i, 0];
            for (int j = 1; j < batch; j++)
            {
                rowMax = MathF.Max(rowMax, logits[i, j]);
            }

            float rowSum = 0f;
            for (int j = 0; j < batch; j++)
            {
                probabilities[i, j] = MathF.Exp(logits[i, j] - rowMax);
                rowSum += probabilities[i, j];
            }

            for (int j = 0; j < batch; j++)
            {
                probabilities[i, j] /= rowSum;
            }
        }

        return probabilities;
    }

    public int InBatchHits(float[][] queries, float[][] documents)
    {
        float[,] p = DocumentProbabilities(queries, documents);
        int hits = 0;
        for (int i = 0; i < queries.Length; i++)
        {
            int arg = 0;
            for (int j = 1; j < documents.Length; j++)
            {
                if (p[i, j] > p[i, arg])
                {
                    arg = j;
                }
            }

            if (arg == i)
            {
                hits++;
            }
        }

        return hits;
    }

    private static float Dot(float[] a, float[] b)
    {
        float s = 0f;
        for (int k = 0; k < a.Length; k++)
        {
            s += a[k] * b[k];
        }

        return s;
    }
}
