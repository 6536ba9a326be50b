// Source: word2vec skip-gram with the full softmax over the vocabulary, written from scratch in C# (shape of
// educational Word2Vec.Net / "word2vec from scratch" ports: scores u_w . h, max tracked while scoring).
// Layout: output embeddings float[vocab, dim], hidden float[dim]; softmax over the vocabulary.
// Correct.
using System;

namespace HeldOut7.Word2VecSkipGramFullSoftmax
{
    public sealed class SkipGram
    {
        private readonly float[,] _output;

        public SkipGram(float[,] outputEmbeddings) => _output = outputEmbeddings;

        public float[] ContextProbabilities(float[] hidden)
        {
            int vocab = _output.GetLength(0);
            int dim = _output.GetLength(1);
            var scores = new float[vocab];
            float top = float.NegativeInfinity;
            for (int w = 0; w < vocab; w++)
            {
                float dot = 0f;
                for (int d = 0; d < dim; d++)
                {
                    dot += _output[w, d] * hidden[d];
                }

                scores[w] = dot;
                if (dot > top)
                {
                    top = dot;
                }
            }

            float z = 0f;
            for (int w = 0; w < vocab; w++)
            {
                scores[w] = MathF.Exp(scores[w] - top);
                z += scores[w];
            }

            for (int w = 0; w < vocab; w++)
            {
                scores[w] /= z;
            }

            return scores;
        }
    }
}
