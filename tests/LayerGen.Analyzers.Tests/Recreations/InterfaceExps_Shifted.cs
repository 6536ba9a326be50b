// Correct twins (our own code) of InterfaceExps_Raw.cs: the same activation interface, abstract activation, nested row
// helpers and delegate local, given each row shifted by its own max first (or an interface whose implementations all
// shift by the row's max, or implementations that disagree behind a receiver that is not known). Silent.
// helperexp2 (review42 K01-K09): rows shifted by a helper written with LINQ, Array.ConvertAll or TensorPrimitives
// (of this type or another), then exponentiated through an interface, an abstract class, a delegate or an exp helper.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics.Tensors;

namespace Recreations.InterfaceExpsShifted;

public interface IActivation { double Apply(double v); }

public sealed class ExpActivation : IActivation { public double Apply(double v) => Math.Exp(v); }

public sealed class SoftClip : IActivation { public double Apply(double v) => 1.0 + Math.Tanh(v); }

public interface IRowExps { double[] Exps(double[] z); }

public sealed class MaxShiftedExps : IRowExps
{
    public double[] Exps(double[] z)
    {
        double m = z.Max();
        var r = new double[z.Length];
        for (int i = 0; i < z.Length; i++) r[i] = Math.Exp(z[i] - m);
        return r;
    }
}

public sealed class LinqShiftedExps : IRowExps
{
    public double[] Exps(double[] z)
    {
        double m = double.NegativeInfinity;
        foreach (var v in z) m = Math.Max(m, v);
        return z.Select(v => Math.Exp(v - m)).ToArray();
    }
}

public static class InterfaceExpsShifted
{
    private static double[] Map(double[] x, IActivation f)
    {
        var r = new double[x.Length];
        for (int i = 0; i < x.Length; i++) r[i] = f.Apply(x[i]);
        return r;
    }

    private static double[] Inner(double[] x)
    {
        var r = new double[x.Length];
        for (int i = 0; i < x.Length; i++) r[i] = Math.Exp(x[i]);
        return r;
    }

    private static double[] Outer(double[] x) => Inner(x);

    public static double[] ThroughInterfaceShifted(double[] x)
    {
        double m = x.Max();
        double[] z = x.Select(v => v - m).ToArray();
        double[] e = Map(z, new ExpActivation());
        double s = 0;
        for (int i = 0; i < e.Length; i++) s += e[i];
        var y = new double[e.Length];
        for (int i = 0; i < e.Length; i++) y[i] = e[i] / s;
        return y;
    }

    public static double[][] ImplementationsDisagree(double[][] rows, IActivation f)
    {
        var outp = new double[rows.Length][];
        for (int r = 0; r < rows.Length; r++)
        {
            double[] e = Map(rows[r], f);
            double s = 0;
            foreach (var v in e) s += v;
            outp[r] = new double[e.Length];
            for (int i = 0; i < e.Length; i++) outp[r][i] = e[i] / s;
        }

        return outp;
    }

    public static double[][] RowInterfaceShiftsByMax(double[][] rows, IRowExps exps)
    {
        var outp = new double[rows.Length][];
        for (int r = 0; r < rows.Length; r++)
        {
            double[] e = exps.Exps(rows[r]);
            double s = e.Sum();
            outp[r] = e.Select(v => v / s).ToArray();
        }

        return outp;
    }

    public static List<double[]> NestedHelpersShifted(List<double[]> rows)
    {
        var outp = new List<double[]>();
        foreach (var row in rows)
        {
            double m = double.NegativeInfinity;
            foreach (var v in row) m = Math.Max(m, v);
            var z = new double[row.Length];
            for (int i = 0; i < z.Length; i++) z[i] = row[i] - m;
            double[] e = Outer(z);
            double s = 0;
            for (int i = 0; i < e.Length; i++) s += e[i];
            outp.Add(e.Select(v => v / s).ToArray());
        }

        return outp;
    }

    public static double[][] LambdaAndLocalFunctionShifted(double[][] rows)
    {
        double E(double v) => Math.Exp(v);
        Func<double[], double[]> expRow = x => { double m = x.Max(); var t = new double[x.Length]; for (int i = 0; i < x.Length; i++) t[i] = E(x[i] - m); return t; };
        var outp = new double[rows.Length][];
        for (int r = 0; r < rows.Length; r++)
        {
            double[] e = expRow(rows[r]);
            double s = 0;
            for (int i = 0; i < e.Length; i++) s += e[i];
            outp[r] = new double[e.Length];
            for (int i = 0; i < e.Length; i++) outp[r][i] = e[i] / s;
        }

        return outp;
    }
}

public abstract class Activation { public abstract float Forward(float v); }

public sealed class ExpForward : Activation { public override float Forward(float v) => MathF.Exp(v); }

public static class RowShifts
{
    public static double[] ShiftedByMax(double[] x) { double m = x.Max(); return x.Select(v => v - m).ToArray(); }
}

public static class HelperShiftedRows
{
    private static double[] ShiftedByMax(double[] x) { double m = x.Max(); return x.Select(v => v - m).ToArray(); }

    private static float[] ShiftedByMaxTensor(float[] x) { var r = new float[x.Length]; TensorPrimitives.Subtract(x, TensorPrimitives.Max(x), r); return r; }

    private static double[] ShiftedByMaxConvertAll(double[] x) { double m = x.Max(); return Array.ConvertAll(x, v => v - m); }

    private static double[] Map(double[] x, IActivation f) { var r = new double[x.Length]; for (int i = 0; i < x.Length; i++) r[i] = f.Apply(x[i]); return r; }

    private static float[] MapAbstract(float[] x, Activation f) { var r = new float[x.Length]; for (int i = 0; i < x.Length; i++) r[i] = f.Forward(x[i]); return r; }

    private static double[] MapDelegate(double[] x, Func<double, double> f) { var r = new double[x.Length]; for (int i = 0; i < x.Length; i++) r[i] = f(x[i]); return r; }

    private static double[] MapExp(double[] x) { var r = new double[x.Length]; for (int i = 0; i < x.Length; i++) r[i] = Math.Exp(x[i]); return r; }

    public static double[] LinqShiftThenInterface(double[] x)
    {
        double[] e = Map(ShiftedByMax(x), new ExpActivation());
        double s = 0;
        for (int i = 0; i < e.Length; i++) s += e[i];
        var y = new double[e.Length];
        for (int i = 0; i < e.Length; i++) y[i] = e[i] / s;
        return y;
    }

    public static float[][] TensorShiftThenAbstract(float[][] rows)
    {
        var outp = new float[rows.Length][];
        for (int r = 0; r < rows.Length; r++)
        {
            float[] e = MapAbstract(ShiftedByMaxTensor(rows[r]), new ExpForward());
            float s = 0;
            foreach (var v in e) s += v;
            outp[r] = new float[e.Length];
            for (int i = 0; i < e.Length; i++) outp[r][i] = e[i] / s;
        }

        return outp;
    }

    public static List<double[]> ConvertAllShiftThenDelegate(List<double[]> rows)
    {
        var outp = new List<double[]>();
        foreach (var row in rows)
        {
            double[] e = MapDelegate(ShiftedByMaxConvertAll(row), Math.Exp);
            double s = e.Sum();
            outp.Add(e.Select(v => v / s).ToArray());
        }

        return outp;
    }

    public static double[] OtherTypeShiftThenExpHelper(double[] x)
    {
        var z = RowShifts.ShiftedByMax(x);
        double[] e = MapExp(z);
        double s = 0;
        int k = 0;
        while (k < e.Length) { s += e[k]; k++; }
        var y = new double[e.Length];
        for (int i = 0; i < e.Length; i++) y[i] = e[i] / s;
        return y;
    }
}
