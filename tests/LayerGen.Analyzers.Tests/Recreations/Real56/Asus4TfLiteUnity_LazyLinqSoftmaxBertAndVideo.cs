// Source: asus4/tf-lite-unity-sample Packages/com.github.asus4.tflite.common/Runtime/MathTF.cs:12, :28, :36,
// Assets/Samples/Bert/Bert.cs:201, Assets/Samples/VideoClassification/VideoClassification.cs:143
// (commit 22f3be8c40fb) (re-created, not copied)
// Layout: TensorFlow Lite samples for Unity. MathTF's Softmax extensions (float and double) take the enumerable's
// Max, keep a lazy Select of exp(n − max), Sum it and return a lazy Select dividing by the sum (the exps are
// recomputed on every enumeration). BERT question answering pairs the five best start and end token logits with
// SelectMany, keeps the valid spans ordered by start + end logit, and replaces each span's logit by the softmax of
// the candidates' logits (Zip of the softmax with a second enumeration of the same query). The video classifier
// keeps its class logits in a float[] field and returns their softmax as categories ordered by score. Sigmoid is
// 1 / (1 + exp(−x)). UnityEngine.Mathf is a stand-in here.
// Label: correct ×5 (Sigmoid a look-alike; both Softmax extensions, PostProcess and GetResults shift by the maximum of
// the enumerable they normalise).
using System;
using System.Collections.Generic;
using System.Linq;

namespace UnityEngine
{
    /// <summary>A stand-in for Unity's float math.</summary>
    internal static class Mathf
    {
        public static float Exp(float power) => (float)Math.Exp(power);
    }
}

namespace Recreations.Real56.Asus4TfLiteUnity_LazyLinqSoftmaxBertAndVideo
{
    using UnityEngine;

    /// <summary>The samples' shared math helpers.</summary>
    internal static class MathTF
    {
        public static float Sigmoid(float x)
        {
            return 1.0f / (1.0f + Mathf.Exp(-x));
        }

        public static IEnumerable<float> Softmax(this IEnumerable<float> arr)
        {
            float max = arr.Max();
            var expArr = arr.Select(n => Mathf.Exp(n - max));
            var sum = expArr.Sum();
            return expArr.Select(n => n / sum);
        }

        public static IEnumerable<double> Softmax(this IEnumerable<double> arr)
        {
            double max = arr.Max();
            var expArr = arr.Select(n => Math.Exp(n - max));
            var sum = expArr.Sum();
            return expArr.Select(n => n / sum);
        }
    }

    /// <summary>The BERT question-answering post-processing.</summary>
    internal sealed class Bert
    {
        private const int MAX_ANSWER_LENGTH = 32;
        private const int PREDICT_ANS_NUM = 5;

        private readonly float[] outputs0 = new float[384];
        private readonly float[] outputs1 = new float[384];

        /// <summary>One candidate answer span.</summary>
        public struct Score
        {
            public float logit;
            public int start;
            public int end;

            public bool IsCorrect => end > start && (end - start) <= MAX_ANSWER_LENGTH;
        }

        /// <summary>The answer spans with their probabilities among the candidates.</summary>
        public Score[] PostProcess()
        {
            float[] startLogits = outputs1;
            float[] endLogits = outputs0;

            int[] startIndexes = CandidateAnswerIndexes(startLogits, 5);
            int[] endIndexes = CandidateAnswerIndexes(endLogits, 5);

            IEnumerable<Score> candidates = startIndexes
                .SelectMany(startIndex => endIndexes.Select(endIndex => new Score
                {
                    logit = startLogits[startIndex] + endLogits[endIndex],
                    start = startIndex,
                    end = endIndex,
                }))
                .Where(score => score.IsCorrect)
                .OrderByDescending(score => score.logit);

            candidates = candidates
                .Select(o => o.logit)
                .Softmax()
                .Zip(candidates, (logit, score) =>
                {
                    score.logit = logit;
                    return score;
                });

            return candidates.Take(PREDICT_ANS_NUM).ToArray();
        }

        private static int[] CandidateAnswerIndexes(float[] logits, int answerCount)
        {
            return logits.Select((value, index) => (index, value))
                .OrderByDescending(t => t.value)
                .Take(answerCount)
                .Select(t => t.index)
                .ToArray();
        }
    }

    /// <summary>A video classifier's result.</summary>
    internal readonly record struct Category(int Label, float Score);

    /// <summary>The streaming video classifier's output stage.</summary>
    internal sealed class VideoClassification
    {
        private const int LABEL_COUNT = 600;

        private readonly float[] logitsTensor = new float[LABEL_COUNT];
        private readonly Category[] categories = new Category[LABEL_COUNT];

        public IEnumerable<Category> GetResults()
        {
            var scores = logitsTensor.Softmax();
            int i = 0;
            foreach (var score in scores)
            {
                categories[i] = new Category(i, score);
                i++;
            }

            return categories.OrderByDescending(c => c.Score);
        }
    }
}
