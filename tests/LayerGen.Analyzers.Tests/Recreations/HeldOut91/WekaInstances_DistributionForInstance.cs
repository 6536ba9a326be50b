// Idiom: Weka-style port: an `Instances` class of double[] rows with Java getters (`numInstances()`, `getRow(i)`,
// `numClasses()`), a `Classifier` base with `distributionForInstance(double[])` and a static `Utils.normalize(dist, sum)`.
// Use: class distribution per instance. Layout: List<double[]> rows, one softmax per row; Math.Exp.
// Correct. Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut91.WekaInstances_DistributionForInstance;

public sealed class Instances
{
    private readonly List<double[]> rows = new List<double[]>();
    private readonly int classCount;

    public Instances(int classCount) { this.classCount = classCount; }

    public void add(double[] row) { rows.Add(row); }
    public int numInstances() { return rows.Count; }
    public int numClasses() { return classCount; }
    public double[] getRow(int i) { return rows[i]; }
}

public static class Utils
{
    public static void normalize(double[] doubles, double sum)
    {
        for (int i = 0; i < doubles.Length; i++)
        {
            doubles[i] /= sum;
        }
    }
}

public abstract class Classifier
{
    public abstract double[] distributionForInstance(double[] instance);

    public double[][] distributionsForInstances(Instances data)
    {
        double[][] result = new double[data.numInstances()][];
        for (int i = 0; i < data.numInstances(); i++)
        {
            result[i] = distributionForInstance(data.getRow(i));
        }
        return result;
    }
}

public sealed class SoftmaxOutputClassifier : Classifier
{
    public override double[] distributionForInstance(double[] instance)
    {
        double[] dist = new double[instance.Length];
        double max = instance[0];
        for (int k = 1; k < instance.Length; k++)
        {
            if (instance[k] > max)
            {
                max = instance[k];
            }
        }
        double sum = 0.0;
        for (int k = 0; k < instance.Length; k++)
        {
            dist[k] = Math.Exp(instance[k] - max);
            sum += dist[k];
        }
        Utils.normalize(dist, sum);
        return dist;
    }
}
