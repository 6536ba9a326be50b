// Source: eabdullin/Word2Vec.Net Word2Vec.Net/Word2Vec.cs:86, :576, :604 (commit 9959bc8f7c92) (re-created, not copied)
// Layout: word2vec's precomputed sigmoid table: entry i holds e / (e + 1) with e = exp(x), x = (i / 1000 * 2 - 1) * 6,
//   so the argument never leaves [-6, 6]; training looks the table up only for dot products inside (-6, 6) and clamps
//   outside (hierarchical-softmax codes and negative samples over a flat float[] of layer1Size-wide rows).
// Label: BuildExpTable correct (a logistic of a bounded argument, not a softmax that can overflow); TrainStep has no
//   exp of its own.
using System;

namespace Real58.EabdullinWord2VecNet
{
    /// <summary>CBOW training core with the sigmoid lookup table.</summary>
    public sealed class Word2Vec
    {
        private const int ExpTableSize = 1000;
        private const int MaxExp = 6;
        private readonly float[] expTable;
        private readonly float[] syn1Neg;
        private readonly int layer1Size;
        private readonly float alpha;

        public Word2Vec(int vocabSize, int layer1Size, float alpha)
        {
            this.layer1Size = layer1Size;
            this.alpha = alpha;
            syn1Neg = new float[vocabSize * layer1Size];
            expTable = BuildExpTable();
        }

        private static float[] BuildExpTable()
        {
            var table = new float[ExpTableSize + 1];
            for (var i = 0; i < ExpTableSize; i++)
            {
                table[i] = (float)Math.Exp((i / (float)ExpTableSize * 2 - 1) * MaxExp); // Precompute the exp() table
                table[i] = table[i] / (table[i] + 1); // Precompute f(x) = x / (x + 1)
            }

            return table;
        }

        public void TrainStep(float[] neu1, float[] neu1e, long[] targets, int word)
        {
            for (var d = 0; d < targets.Length; d++)
            {
                long target = targets[d];
                int label = d == 0 ? 1 : 0; // the first target is the word itself, the rest negative samples
                long l2 = target * layer1Size;
                float f = 0;
                for (var c = 0; c < layer1Size; c++) f += neu1[c] * syn1Neg[c + l2];
                float g;
                if (f > MaxExp) g = (label - 1) * alpha;
                else if (f < MaxExp * -1) g = (label - 0) * alpha;
                else g = (label - expTable[(int)((f + MaxExp) * (ExpTableSize / MaxExp / 2))]) * alpha;
                for (var c = 0; c < layer1Size; c++) neu1e[c] += g * syn1Neg[c + l2];
                for (var c = 0; c < layer1Size; c++) syn1Neg[c + l2] += g * neu1[c];
            }
        }
    }
}
