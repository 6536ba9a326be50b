// Re-creates the shape of the retrieval posterior of RAG (Lewis et al. 2020; Hugging Face `RagSequenceForGeneration`
// `doc_scores` -> `log_softmax`, here the probabilities): per query, p(z | x) = softmax over the top-k retrieved
// passages of their retriever scores.
// Layout: IReadOnlyList<IReadOnlyList<RetrievedPassage>> (a record class per passage), per-query exps first, then a
// foreach adding each query's row sum into one partition.
// Bug (LG0002): one partition over the passages of every query in the batch.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut11;

public sealed record RankedPassage(string Id, float Score);

public static class RagSequence_PartitionOverQueries
{
    public static float[][] DocumentPosterior(IReadOnlyList<IReadOnlyList<RankedPassage>> retrieved)
    {
        var posterior = new float[retrieved.Count][];
        for (int q = 0; q < retrieved.Count; q++)
        {
            float best = retrieved[q].Max(p => p.Score);
            posterior[q] = retrieved[q].Select(p => MathF.Exp(p.Score - best)).ToArray();
        }
        float partition = 0f;
        foreach (float[] row in posterior)
            partition += row.Sum(); //~ LG0002
        foreach (float[] row in posterior)
            for (int k = 0; k < row.Length; k++)
                row[k] /= partition;
        return posterior;
    }
}
