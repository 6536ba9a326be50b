// known gap: the log of the parameter calc in LogLoss is not known to be a softmax probability (see README)
// gap: -LG0005@81
// Source: MakarovIlya944/5kurs-neural-net Mnist/Functions/SoftMax.cs:9, :15 (commit 16bc537b771d) and
// Mnist/Functions/LogLoss.cs:16, :21 (commit 21f8a41ff618) (re-created, not copied)
// Layout: MathNet-style vectors; the softmax layer applies f to each row of a [samples, classes] matrix, f sums
// x.Map(e => Math.Exp(e)) and maps e => Math.Exp(e) / s with no shift; the loss is −Σ t·log(y) of the network output
// (the softmax) through Map2 in a lambda, its gradient −t/y.
// Label: SoftMax.f LG0003 ×2 (both exps in lambdas); SoftMax.call correct (one f per row); LogLoss.call LG0005 (the
// log of a softmax probability: −∞ once a class's probability underflows); LogLoss.backPropagation is no softmax
// code (no exp or log) and is not counted. Vector / Matrix are small stand-ins written here for MathNet's types.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.Real55.MakarovIlyaMnist_MappedRawSoftmaxAndLogLoss;

/// <summary>A dense vector of doubles.</summary>
public sealed class Vector(double[] values)
{
    /// <summary>The entries.</summary>
    public double[] Values { get; } = values;

    /// <summary>Element-wise map.</summary>
    public Vector Map(Func<double, double> f) => new(Values.Select(f).ToArray());

    /// <summary>Element-wise map of two vectors.</summary>
    public Vector Map2(Func<double, double, double> f, Vector other) => new(Values.Select((v, i) => f(v, other.Values[i])).ToArray());

    /// <summary>The sum of the entries.</summary>
    public double Sum() => Values.Sum();

    /// <summary>Element-wise division.</summary>
    public Vector PointwiseDivide(Vector other) => Map2((a, b) => a / b, other);

    /// <summary>Negation.</summary>
    public static Vector operator -(Vector v) => v.Map(a => -a);
}

/// <summary>A dense matrix stored as rows.</summary>
public sealed class Matrix(IReadOnlyList<Vector> rows)
{
    /// <summary>Number of rows.</summary>
    public int RowCount => rows.Count;

    /// <summary>The rows in order.</summary>
    public IEnumerable<Vector> EnumerateRows() => rows;

    /// <summary>A matrix from its rows.</summary>
    public static Matrix DenseOfRowVectors(IReadOnlyList<Vector> rows) => new(rows);
}

/// <summary>The softmax output layer.</summary>
public sealed class SoftMax
{
    /// <summary>Softmax of one sample.</summary>
    public Vector F(Vector x)
    {
        double s = x.Map(e => Math.Exp(e)).Sum(); //~ LG0003
        return x.Map(e => Math.Exp(e) / s); //~ LG0003
    }

    /// <summary>Softmax of every row.</summary>
    public Matrix Call(Matrix m)
    {
        var a = new List<Vector>(m.RowCount);
        foreach (Vector v in m.EnumerateRows())
        {
            a.Add(F(v));
        }

        return Matrix.DenseOfRowVectors(a);
    }
}

/// <summary>Cross-entropy of the network's output.</summary>
public sealed class LogLoss
{
    /// <summary>−Σ t·log(y) of one sample.</summary>
    public double Call(Vector calc, Vector truly)
    {
        return -calc.Map2((p, t) => t * Math.Log(p), truly).Sum(); //~ LG0005
    }

    /// <summary>dL/dy = −t/y.</summary>
    public Vector BackPropagation(Vector calc, Vector truly)
    {
        return -truly.PointwiseDivide(calc);
    }
}
