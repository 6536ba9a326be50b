// Source: ddobric/neocortexapi source/NeoCortexApi/Classifiers/SDRClassifier.cs:175, :202, :308 and
//   source/NeoCortexArrayLib/ArrayUtils.cs:571 (commit 490f32e9e1cf) (re-created, not copied)
// Layout: the SDR classifier's weight matrix is a jagged List<List<object>> [bucket][input bit]; inferSingleStep sums
//   the weights of the active bits per bucket, then PerformSoftMaxNormalization exponentiates each activation into a
//   scratch array and divides every entry by ArrayUtils.Sum(expOutputActivation) (the helper call sits inside the
//   divide loop, re-summing each time). CalculateError is target - prediction (the softmax cross-entropy gradient).
// Label: PerformSoftMaxNormalization LG0003 (activations grow without bound with learning: +Inf / +Inf = NaN);
//   inferSingleStep, CalculateError and Sum have no exp.
using System;
using System.Collections.Generic;

namespace Real58.DdobricNeoCortexApi.Classifiers
{
    /// <summary>Array helpers of the NeoCortex array library.</summary>
    public static class ArrayUtils
    {
        public static double Sum(double[] array)
        {
            double sum = 0;
            for (int i = 0; i < array.Length; i++)
            {
                sum += array[i];
            }

            return sum;
        }
    }

    /// <summary>Single-step SDR classifier: a softmax over buckets of the summed weights of the active bits.</summary>
    public sealed class SdrClassifier
    {
        private readonly List<List<object>> weightMatrix = new List<List<object>>();
        private readonly List<int[]> patternNzHistory = new List<int[]>();
        private int maxBucketIdx;

        public SdrClassifier(int buckets, int inputs)
        {
            maxBucketIdx = buckets - 1;
            for (int row = 0; row < buckets; row++)
            {
                var list = new List<object>();
                for (int bit = 0; bit < inputs; bit++)
                {
                    list.Add(0.0);
                }
                weightMatrix.Add(list);
            }
        }

        public double[] Predict(int[] patternNz) => inferSingleStep(patternNz);

        private double[] CalculateError(int bucketIdx)
        {
            double[] error = new double[maxBucketIdx + 1];
            int[] targetDist = new int[maxBucketIdx + 1];

            // target bucket entry should approach to 1
            targetDist[bucketIdx] = 1;

            foreach (int[] learnPatternNz in patternNzHistory)
            {
                double[] predictDist = inferSingleStep(learnPatternNz);
                double[] targetDistMinusPredictDist = new double[maxBucketIdx + 1];
                for (int i = 0; i <= maxBucketIdx; i++)
                {
                    targetDistMinusPredictDist[i] = targetDist[i] - predictDist[i];
                }
                error = targetDistMinusPredictDist;
            }
            return error;
        }

        public void Learn(int[] patternNz, int bucketIdx, double alpha)
        {
            patternNzHistory.Add(patternNz);
            double[] error = CalculateError(bucketIdx);
            for (int row = 0; row <= maxBucketIdx; row++)
            {
                foreach (int bit in patternNz)
                {
                    weightMatrix[row][bit] = Convert.ToDouble(weightMatrix[row][bit]) + (alpha * error[row]);
                }
            }
        }

        private double[] inferSingleStep(int[] patternNz)
        {
            double[] outputActivationSum = new double[maxBucketIdx + 1];
            double[] predictDistribution = new double[outputActivationSum.Length];
            for (int row = 0; row <= maxBucketIdx; row++)
            {
                foreach (int bit in patternNz)
                {
                    outputActivationSum[row] += Convert.ToDouble(weightMatrix[row][bit]);
                }
            }

            PerformSoftMaxNormalization(outputActivationSum, predictDistribution);
            return predictDistribution;
        }

        private void PerformSoftMaxNormalization(double[] outputActivation, double[] predictDist)
        {
            double[] expOutputActivation = new double[outputActivation.Length];
            for (int i = 0; i < expOutputActivation.Length; i++)
            {
                // to find the probability
                expOutputActivation[i] = Math.Exp(outputActivation[i]); //~ LG0003
            }

            for (int i = 0; i < predictDist.Length; i++)
            {
                predictDist[i] = expOutputActivation[i] / ArrayUtils.Sum(expOutputActivation);
            }
        }
    }
}
