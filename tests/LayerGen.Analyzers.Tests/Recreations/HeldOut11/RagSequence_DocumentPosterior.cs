// Re-creates the shape of the retrieval posterior of RAG (Lewis et al. 2020; Hugging Face `RagSequenceForGeneration`
// `doc_scores` -> `log_softmax`, here the probabilities): per query, p(z | x) = softmax over the top-k retrieved
// passages of their retriever scores.
// Layout: IReadOnlyList<IReadOnlyList<RetrievedPassage>> (a record class per passage), LINQ Max with a selector per
// query, float[][] output.
// Correct: the max and the sum run over one query's retrieved passages.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut11;

public sealed record RetrievedPassage(string Id, float Score);

public static class RagSequence_DocumentPosterior
{
    public static float[][] DocumentPosterior(IReadOnlyList<IReadOnlyList<RetrievedPassage>> retrieved)
    {
        var posterior = new float[retrieved.Count][];
        for (int q = 0; q < retrieved.Count; q++)
        {
            IReadOnlyList<RetrievedPassage> passages = retrieved[q];
            float best = passages.Max(p => p.Score);
            var w = new float[passages.Count];
            float partition = 0f;
            for (int k = 0; k < passages.Count; k++)
            {
                w[k] = MathF.Exp(passages[k].Score - best);
                partition += w[k];
            }
            for (int k = 0; k < w.Length; k++)
                w[k] /= partition;
            posterior[q] = w;
        }
        return posterior;
    }
}
