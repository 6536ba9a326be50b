// Source: linkzy/BertTest BertTest/Extensions/SoftmaxEnumerableExtension.cs:9 and BertTest/Bert.cs:67
//   (commit 90a5330a6cc3) (re-created, not copied)
// Layout: BERT question answering post-processing; the top-N start and end logits are paired with SelectMany, invalid
//   spans filtered, and a generic Softmax<T> extension scores the candidates through a Func<T, float> selector
//   (Max(selector), Sum(r => exp(selector(r) - max)), Select(r => exp(selector(r) - max) / sum)).
// Label: Softmax<T> correct (the maximum of the same selector is subtracted in both lambdas); GetBestPrediction has no
//   exp of its own.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Real58.LinkzyBertTest
{
    /// <summary>Softmax over any collection through a score selector.</summary>
    public static class SoftmaxEnumerableExtension
    {
        public static IEnumerable<(T Item, float Probability)> Softmax<T>(this IEnumerable<T> collection, Func<T, float> scoreSelector)
        {
            var maxScore = collection.Max(scoreSelector);
            var sum = collection.Sum(r => Math.Exp(scoreSelector(r) - maxScore));

            return collection.Select(r => (r, (float)(Math.Exp(scoreSelector(r) - maxScore) / sum)));
        }
    }

    /// <summary>Picks the most probable answer span from BERT's start and end logits.</summary>
    public sealed class Bert
    {
        public (int StartIndex, int EndIndex, float Probability) GetBestPrediction(float[] startLogits, float[] endLogits, int minIndex, int topN, int maxLength)
        {
            var bestStartLogits = startLogits
                .Select((logit, index) => (Logit: logit, Index: index))
                .OrderByDescending(o => o.Logit)
                .Take(topN);

            var bestEndLogits = endLogits
                .Select((logit, index) => (Logit: logit, Index: index))
                .OrderByDescending(o => o.Logit)
                .Take(topN);

            var bestResultsWithScore = bestStartLogits
                .SelectMany(startLogit => bestEndLogits
                    .Select(endLogit => (StartLogit: startLogit.Index, EndLogit: endLogit.Index, Score: startLogit.Logit + endLogit.Logit)))
                .Where(entry => !(entry.EndLogit < entry.StartLogit || entry.EndLogit - entry.StartLogit > maxLength || entry.StartLogit == 0 && entry.EndLogit == 0 || entry.StartLogit < minIndex))
                .Take(topN);

            var (item, probability) = bestResultsWithScore
                .Softmax(o => o.Score)
                .OrderByDescending(o => o.Probability)
                .FirstOrDefault();

            return (item.StartLogit, item.EndLogit, probability);
        }
    }
}
