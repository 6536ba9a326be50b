// Source: AlexPoint/OpenNlp SharpEntropy/GisModel.cs:138, SharpEntropy/GisTrainer.cs:538, :583
// (commit 1281acba4a8c) (re-created, not copied)
// Layout: SharpEntropy, the maximum-entropy (multinomial logit) classifier behind OpenNLP's C# port. A context's
// active predicates add their weights into outcomeSums (one double per outcome, seeded with log(1 / outcomes));
// Evaluate exponentiates each outcome's sum (scaled by the GIS correction constant) with no maximum subtracted and
// divides by the total. The trainer's Evaluate does the same over int predicate ids, optionally adding a slack term
// after the exp. NextIteration evaluates every training event into mModelDistribution and adds
// log(p(observed outcome)) × count to the log-likelihood, then updates each weight by log(observed) − log(expected).
// Label: GisModel.Evaluate LG0003; GisTrainer.Evaluate LG0003; NextIteration LG0005 (the log-likelihood term; the
// logs of the accumulated expectations are sums over events, not a softmax probability, and are not counted).
using System;
using System.Collections.Generic;

namespace Recreations.Real56.AlexPointOpenNlp_GisMaxentRawExpAndLogLikelihood;

/// <summary>Reads the weights of one predicate into the outcome sums (a stand-in for SharpEntropy's model reader).</summary>
internal sealed class GisModelReader(Dictionary<string, (int Outcome, double Weight)[]> predicates)
{
    public void GetPredicateData(string predicate, int[] featureCounts, double[] outcomeSums)
    {
        if (predicates.TryGetValue(predicate, out var parameters))
        {
            foreach (var (outcome, weight) in parameters)
            {
                featureCounts[outcome]++;
                outcomeSums[outcome] += weight;
            }
        }
    }
}

/// <summary>A trained GIS model.</summary>
internal sealed class GisModel
{
    private readonly GisModelReader _reader;
    private readonly int _outcomeCount;
    private readonly int[] _featureCounts;
    private readonly double _initialProbability;
    private readonly double _correctionConstantInverse;

    public GisModel(GisModelReader reader, int outcomeCount, int correctionConstant, double correctionParameter)
    {
        _reader = reader;
        _outcomeCount = outcomeCount;
        _featureCounts = new int[outcomeCount];
        CorrectionConstant = correctionConstant;
        CorrectionParameter = correctionParameter;
        _correctionConstantInverse = 1.0 / correctionConstant;
        _initialProbability = Math.Log(1.0 / outcomeCount);
    }

    public int CorrectionConstant { get; }

    public double CorrectionParameter { get; }

    /// <summary>The probability of every outcome given the context's predicates.</summary>
    public double[] Evaluate(string[] context, double[] outcomeSums)
    {
        for (int outcomeIndex = 0; outcomeIndex < _outcomeCount; outcomeIndex++)
        {
            outcomeSums[outcomeIndex] = _initialProbability;
            _featureCounts[outcomeIndex] = 0;
        }

        foreach (string con in context)
        {
            _reader.GetPredicateData(con, _featureCounts, outcomeSums);
        }

        double normal = 0.0;
        for (int outcomeIndex = 0; outcomeIndex < _outcomeCount; outcomeIndex++)
        {
            outcomeSums[outcomeIndex] = Math.Exp((outcomeSums[outcomeIndex] * _correctionConstantInverse) + ((1.0 - (_featureCounts[outcomeIndex] / CorrectionConstant)) * CorrectionParameter)); //~ LG0003
            normal += outcomeSums[outcomeIndex];
        }

        for (int outcomeIndex = 0; outcomeIndex < _outcomeCount; outcomeIndex++)
        {
            outcomeSums[outcomeIndex] /= normal;
        }

        return outcomeSums;
    }
}

/// <summary>The GIS trainer's evaluation and one iteration.</summary>
internal class GisTrainer
{
    protected int mOutcomeCount;
    protected int mTokenCount;
    protected int mTokenID;
    protected int mPredicateId;
    protected int mOutcomeId;
    protected int mMaximumFeatureCount = 1;
    protected double mMaximumFeatureCountInverse = 1.0;
    protected double mInitialProbability;
    protected double mCorrectionParameter;
    protected double mCorrectionFeatureModifier;
    protected int[] mFeatureCounts = Array.Empty<int>();
    protected int[][] mContexts = Array.Empty<int[]>();
    protected int[] mOutcomes = Array.Empty<int>();
    protected int[] mNumTimesEventsSeen = Array.Empty<int>();
    protected int[][] mOutcomePatterns = Array.Empty<int[]>();
    protected double[][] mParameters = Array.Empty<double[]>();
    protected double[][] mModelExpections = Array.Empty<double[]>();
    protected double[][] mObservedExpections = Array.Empty<double[]>();
    protected double[] mModelDistribution = Array.Empty<double>();

    public bool UseSlackParameter { get; set; }

    /// <summary>The normalised outcome probabilities of one training context.</summary>
    protected virtual void Evaluate(int[] context, double[] outcomeSums)
    {
        for (int outcomeIndex = 0; outcomeIndex < mOutcomeCount; outcomeIndex++)
        {
            outcomeSums[outcomeIndex] = mInitialProbability;
            mFeatureCounts[outcomeIndex] = 0;
        }

        int[] activeOutcomes;
        int outcomeId;
        int predicateId;
        int currentActiveOutcome;

        for (int currentContext = 0; currentContext < context.Length; currentContext++)
        {
            predicateId = context[currentContext];
            activeOutcomes = mOutcomePatterns[predicateId];
            for (currentActiveOutcome = 0; currentActiveOutcome < activeOutcomes.Length; currentActiveOutcome++)
            {
                outcomeId = activeOutcomes[currentActiveOutcome];
                mFeatureCounts[outcomeId]++;
                outcomeSums[outcomeId] += mMaximumFeatureCountInverse * mParameters[predicateId][currentActiveOutcome];
            }
        }

        double sum = 0.0;
        for (int currentOutcomeId = 0; currentOutcomeId < mOutcomeCount; currentOutcomeId++)
        {
            outcomeSums[currentOutcomeId] = Math.Exp(outcomeSums[currentOutcomeId]); //~ LG0003
            if (UseSlackParameter)
            {
                outcomeSums[currentOutcomeId] += (1.0 - ((double)mFeatureCounts[currentOutcomeId] / mMaximumFeatureCount)) * mCorrectionParameter;
            }

            sum += outcomeSums[currentOutcomeId];
        }

        for (int currentOutcomeId = 0; currentOutcomeId < mOutcomeCount; currentOutcomeId++)
        {
            outcomeSums[currentOutcomeId] /= sum;
        }
    }

    /// <summary>One GIS iteration; returns the log-likelihood of the training events.</summary>
    protected double NextIteration()
    {
        double logLikelihood = 0.0;
        mCorrectionFeatureModifier = 0.0;
        int eventCount = 0;
        int numCorrect = 0;
        int outcomeId;

        for (mTokenID = 0; mTokenID < mTokenCount; mTokenID++)
        {
            Evaluate(mContexts[mTokenID], mModelDistribution);
            for (int currentContext = 0; currentContext < mContexts[mTokenID].Length; currentContext++)
            {
                mPredicateId = mContexts[mTokenID][currentContext];
                for (int currentActiveOutcome = 0; currentActiveOutcome < mOutcomePatterns[mPredicateId].Length; currentActiveOutcome++)
                {
                    outcomeId = mOutcomePatterns[mPredicateId][currentActiveOutcome];
                    mModelExpections[mPredicateId][currentActiveOutcome] += mModelDistribution[outcomeId] * mNumTimesEventsSeen[mTokenID];
                }
            }

            logLikelihood += Math.Log(mModelDistribution[mOutcomes[mTokenID]]) * mNumTimesEventsSeen[mTokenID]; //~ LG0005
            eventCount += mNumTimesEventsSeen[mTokenID];

            int max = 0;
            for (mOutcomeId = 1; mOutcomeId < mOutcomeCount; mOutcomeId++)
            {
                if (mModelDistribution[mOutcomeId] > mModelDistribution[max])
                {
                    max = mOutcomeId;
                }
            }

            if (max == mOutcomes[mTokenID])
            {
                numCorrect += mNumTimesEventsSeen[mTokenID];
            }
        }

        for (mPredicateId = 0; mPredicateId < mParameters.Length; mPredicateId++)
        {
            for (int currentActiveOutcome = 0; currentActiveOutcome < mOutcomePatterns[mPredicateId].Length; currentActiveOutcome++)
            {
                mParameters[mPredicateId][currentActiveOutcome] += mObservedExpections[mPredicateId][currentActiveOutcome] - Math.Log(mModelExpections[mPredicateId][currentActiveOutcome]);
                mModelExpections[mPredicateId][currentActiveOutcome] = 0.0;
            }
        }

        Console.WriteLine(". logLikelihood=" + logLikelihood + "\t" + ((double)numCorrect / eventCount));
        return logLikelihood;
    }
}
