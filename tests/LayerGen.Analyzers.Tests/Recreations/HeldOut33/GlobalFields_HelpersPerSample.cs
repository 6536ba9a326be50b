// Idiom: a student's program with static fields as global state and one small static method per step
// (FindMax, ExpAndSum, Normalize), called from Main for every sample; sizes kept in static int fields.
// Layout: double[][] [samples][classes] in a static field.
// Correct: FindMax and ExpAndSum re-initialise the global max and sum for the sample they are given.
using System;

namespace HeldOut33.GlobalFieldsHelpersPerSample;

/// <summary>Softmax lab, part 1.</summary>
public static class Lab1
{
    static int NumSamples = 2;
    static int NumClasses = 3;

    /// <summary>The network outputs, one row per sample.</summary>
    public static double[][] Logits = { new double[] { 1, 2, 3 }, new double[] { 3, 2, 1 } };

    /// <summary>The probabilities, filled by Main.</summary>
    public static double[][] Output = new double[0][];

    static double CurrentMax;
    static double CurrentSum;

    public static void Main()
    {
        NumSamples = Logits.Length;
        NumClasses = Logits[0].Length;
        Output = new double[NumSamples][];
        for (int s = 0; s < NumSamples; s++)
        {
            Output[s] = new double[NumClasses];
            FindMax(s);
            ExpAndSum(s);
            Normalize(s);
            Console.WriteLine("sample " + s + ": max = " + CurrentMax + ", sum = " + CurrentSum);
        }
    }

    static void FindMax(int s)
    {
        CurrentMax = Logits[s][0];
        for (int c = 1; c < NumClasses; c++)
        {
            if (Logits[s][c] > CurrentMax) CurrentMax = Logits[s][c];
        }
    }

    static void ExpAndSum(int s)
    {
        CurrentSum = 0;
        for (int c = 0; c < NumClasses; c++)
        {
            Output[s][c] = Math.Exp(Logits[s][c] - CurrentMax);
            CurrentSum += Output[s][c];
        }
    }

    static void Normalize(int s)
    {
        for (int c = 0; c < NumClasses; c++)
        {
            Output[s][c] = Output[s][c] / CurrentSum;
        }
    }
}
