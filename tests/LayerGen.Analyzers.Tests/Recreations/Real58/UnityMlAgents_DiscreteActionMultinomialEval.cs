// Source: Unity-Technologies/ml-agents UnitySDK/Assets/ML-Agents/Scripts/InferenceBrain/ApplierImpl.cs:50, :120
//   (commit 15757a516835) and UnitySDK/Assets/ML-Agents/Scripts/InferenceBrain/Utils/Multinomial.cs:15 (re-created, not copied)
// Layout: the policy's discrete-action logits are a [batch, channels] tensor (a Barracuda tensor; here a flat float[]
//   with a [b, c] indexer stand-in). Each action branch's logits are copied into their own [batch, nBranch] tensor;
//   Eval walks the batch, takes the row maximum, accumulates exp(logit - max) into an unnormalised CDF (one scratch
//   array reused for every row, fully rewritten per row) and draws with a roll scaled by the CDF's last entry.
//   UnityEngine.Mathf is a stand-in whose Exp only returns MathF.Exp.
// Label: Eval correct (per-row max and per-row cumulative sum); Apply and Sample have no exp of their own.
using System;

namespace Real58.UnityMlAgents
{
    /// <summary>Stand-in for UnityEngine.Mathf.</summary>
    internal static class Mathf
    {
        public static float Exp(float power) => MathF.Exp(power);

        public static float Max(float a, float b) => a > b ? a : b;
    }

    /// <summary>Stand-in for a Barracuda [batch, channels] tensor stored row-major.</summary>
    internal sealed class BatchTensor
    {
        private readonly float[] values;

        public BatchTensor(int batch, int channels)
        {
            this.batch = batch;
            this.channels = channels;
            values = new float[batch * channels];
        }

        public readonly int batch;

        public readonly int channels;

        public float this[int b, int c]
        {
            get => values[(b * channels) + c];
            set => values[(b * channels) + c] = value;
        }
    }

    /// <summary>Draws a class index from an unnormalised cumulative distribution.</summary>
    internal sealed class Multinomial
    {
        private readonly Random random;

        public Multinomial(int seed) => random = new Random(seed);

        public int Sample(float[] cdf)
        {
            var p = (float)random.NextDouble() * cdf[cdf.Length - 1];
            var cls = 0;
            while (cdf[cls] < p)
            {
                ++cls;
            }

            return cls;
        }
    }

    /// <summary>Samples one discrete action per branch for every agent of the batch.</summary>
    internal sealed class DiscreteActionOutputApplier
    {
        private readonly int[] actionSize;
        private readonly Multinomial multinomial;

        public DiscreteActionOutputApplier(int[] actionSize, int seed)
        {
            this.actionSize = actionSize;
            multinomial = new Multinomial(seed);
        }

        public float[,] Apply(BatchTensor logits, int batchSize)
        {
            var actions = new float[batchSize, actionSize.Length];
            var start = 0;
            for (var actionIndex = 0; actionIndex < actionSize.Length; actionIndex++)
            {
                var nBranchAction = actionSize[actionIndex];
                var actionProbs = new BatchTensor(batchSize, nBranchAction);
                for (var batchIndex = 0; batchIndex < batchSize; batchIndex++)
                {
                    for (var branchActionIndex = 0; branchActionIndex < nBranchAction; branchActionIndex++)
                    {
                        actionProbs[batchIndex, branchActionIndex] = logits[batchIndex, start + branchActionIndex];
                    }
                }

                var outputTensor = new BatchTensor(batchSize, 1);
                Eval(actionProbs, outputTensor, multinomial);
                for (var ii = 0; ii < batchSize; ii++)
                {
                    actions[ii, actionIndex] = outputTensor[ii, 0];
                }

                start += nBranchAction;
            }

            return actions;
        }

        public static void Eval(BatchTensor src, BatchTensor dst, Multinomial multinomial)
        {
            if (src.batch != dst.batch)
            {
                throw new ArgumentException("Batch size for input and output data is different!");
            }

            var cdf = new float[src.channels];

            for (var batch = 0; batch < src.batch; ++batch)
            {
                // Find the class maximum
                var maxProb = float.NegativeInfinity;
                for (var cls = 0; cls < src.channels; ++cls)
                {
                    maxProb = Mathf.Max(src[batch, cls], maxProb);
                }

                // Sum the log probabilities and compute CDF
                var sumProb = 0.0f;
                for (var cls = 0; cls < src.channels; ++cls)
                {
                    sumProb += Mathf.Exp(src[batch, cls] - maxProb);
                    cdf[cls] = sumProb;
                }

                // Generate the samples
                for (var sample = 0; sample < dst.channels; ++sample)
                {
                    dst[batch, sample] = multinomial.Sample(cdf);
                }
            }
        }
    }
}
