// Idiom: word2vec skip-gram with the full softmax over the vocabulary, P(context | centre) for a minibatch of centre words
// Layout: embeddings float[vocab][dim] (input and output), scores flat float[batch * vocab] with row offset b * vocab
// Correct
using System;

namespace HeldOut44.Word2Vec_CentreBatchFlat;

public sealed class SkipGramModel
{
    public float[][] InputVectors { get; }
    public float[][] OutputVectors { get; }

    public SkipGramModel(float[][] inputVectors, float[][] outputVectors)
    {
        InputVectors = inputVectors;
        OutputVectors = outputVectors;
    }

    public float[] ContextProbabilities(int[] centreIds)
    {
        int vocab = OutputVectors.Length;
        int dim = InputVectors[0].Length;
        var probs = new float[centreIds.Length * vocab];
        for (int b = 0; b < centreIds.Length; b++)
        {
            float[] v = InputVectors[centreIds[b]];
            int offset = b * vocab;
            float max = float.MinValue;
            for (int w = 0; w < vocab; w++)
            {
                float dot = 0f;
                float[] u = OutputVectors[w];
                for (int d = 0; d < dim; d++) dot += v[d] * u[d];
                probs[offset + w] = dot;
                if (dot > max) max = dot;
            }

            float denom = 0f;
            for (int w = 0; w < vocab; w++)
            {
                float e = MathF.Exp(probs[offset + w] - max);
                probs[offset + w] = e;
                denom += e;
            }

            for (int w = 0; w < vocab; w++) probs[offset + w] /= denom;
        }
        return probs;
    }
}
