// Source: word2vec skip-gram full softmax from scratch, mini-batched over centre words (C# "word2vec from
// scratch" ports that score a batch at once); the partition function is accumulated for the whole batch.
// Layout: scores double[batch, vocab]; softmax over the vocabulary per centre word.
// Bug LG0002: the normaliser sums over every centre word of the batch.
using System;

namespace HeldOut7.Word2VecBatchSharedNormaliser
{
    public static class SkipGramBatch
    {
        public static double[,] Probabilities(double[,] scores)
        {
            int batch = scores.GetLength(0);
            int vocab = scores.GetLength(1);
            var probs = new double[batch, vocab];
            var rowMax = new double[batch];
            for (int b = 0; b < batch; b++)
            {
                rowMax[b] = scores[b, 0];
                for (int w = 1; w < vocab; w++)
                {
                    if (scores[b, w] > rowMax[b]) rowMax[b] = scores[b, w];
                }
            }

            double partition = 0;
            for (int b = 0; b < batch; b++)
            {
                for (int w = 0; w < vocab; w++)
                {
                    probs[b, w] = Math.Exp(scores[b, w] - rowMax[b]);
                    partition += probs[b, w]; //~ LG0002
                }
            }

            for (int b = 0; b < batch; b++)
            {
                for (int w = 0; w < vocab; w++)
                {
                    probs[b, w] /= partition;
                }
            }

            return probs;
        }
    }
}
