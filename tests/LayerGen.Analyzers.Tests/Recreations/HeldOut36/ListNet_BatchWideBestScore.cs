// Idiom: ListNet top-one probabilities for a training batch of query slates, "stabilised" once for the whole batch
// Layout: jagged Candidate[][] (one array per query, ragged), for loops per slate
// Bug (LG0001): the max is taken over every candidate of every query (SelectMany), not per slate
using System;
using System.Linq;

namespace HeldOut36.ListNet_BatchWideBestScore;

public readonly record struct Candidate(int DocId, float Score);

public static class ListNetBatch
{
    public static float[][] TopOneProbabilities(Candidate[][] batch)
    {
        float best = batch.SelectMany(slate => slate).Max(c => c.Score); //~ LG0001
        var probabilities = new float[batch.Length][];
        for (int q = 0; q < batch.Length; q++)
        {
            Candidate[] slate = batch[q];
            var p = new float[slate.Length];
            float z = 0f;
            for (int i = 0; i < slate.Length; i++)
            {
                p[i] = MathF.Exp(slate[i].Score - best);
                z += p[i];
            }

            for (int i = 0; i < slate.Length; i++)
            {
                p[i] /= z;
            }

            probabilities[q] = p;
        }

        return probabilities;
    }
}
