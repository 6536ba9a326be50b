// Idiom: a DL4J/ND4J-like fluent API ported to C#: `Matrix.getRow(i)` returns a `Vec` with `max()`, `sub(double)`,
// `exp()`, `sum()`, `div(double)`, chained as `row.sub(row.max()).exp()` and `e.div(e.sum())`; `putRow(i, v)`.
// Use: per-row class probabilities. Layout: double[rows, cols] inside a Matrix class; Math.Exp inside `Vec.exp()`.
// Correct (the exp helper is applied to the shifted row). Our own code.
using System;

namespace HeldOut91.FluentMatrix_RowChain;

public sealed class Vec
{
    private readonly double[] data;
    public Vec(double[] data) { this.data = data; }
    public int length() { return data.Length; }
    public double getDouble(int i) { return data[i]; }
    public double[] toDoubleVector() { return (double[])data.Clone(); }

    public double max()
    {
        double m = data[0];
        for (int i = 1; i < data.Length; i++) if (data[i] > m) m = data[i];
        return m;
    }

    public Vec sub(double s)
    {
        double[] r = new double[data.Length];
        for (int i = 0; i < data.Length; i++) r[i] = data[i] - s;
        return new Vec(r);
    }

    public Vec exp()
    {
        double[] r = new double[data.Length];
        for (int i = 0; i < data.Length; i++) r[i] = Math.Exp(data[i]);
        return new Vec(r);
    }

    public double sum()
    {
        double s = 0;
        for (int i = 0; i < data.Length; i++) s += data[i];
        return s;
    }

    public Vec div(double d)
    {
        double[] r = new double[data.Length];
        for (int i = 0; i < data.Length; i++) r[i] = data[i] / d;
        return new Vec(r);
    }
}

public sealed class Matrix
{
    private readonly double[,] data;
    public Matrix(double[,] data) { this.data = data; }
    public int rows() { return data.GetLength(0); }
    public int columns() { return data.GetLength(1); }

    public Vec getRow(int i)
    {
        double[] r = new double[columns()];
        for (int j = 0; j < r.Length; j++) r[j] = data[i, j];
        return new Vec(r);
    }

    public void putRow(int i, Vec v)
    {
        for (int j = 0; j < v.length(); j++) data[i, j] = v.getDouble(j);
    }
}

public sealed class SoftmaxLayer
{
    public Matrix activate(Matrix input)
    {
        var output = new Matrix(new double[input.rows(), input.columns()]);
        for (int i = 0; i < input.rows(); i++)
        {
            Vec row = input.getRow(i);
            Vec e = row.sub(row.max()).exp();
            output.putRow(i, e.div(e.sum()));
        }
        return output;
    }
}
