// known gap: review41 R07, a delegate local's lambda returning a fresh row whose exps come from a local function, is
// not followed (missed on main too).
// gap: -LG0003@93
// Variants (our own code) of review41 cases5 R04/R05/R07/R08: the exps of a softmax are computed behind a call whose body
// is chosen at run time or lies two calls away: an activation interface, an abstract activation class, a virtual
// activation, two nested row helpers, and a delegate local whose lambda calls a local function. Every implementation
// in the project exponentiates its raw input and nothing is subtracted, so logits above ~709 (double) overflow to
// inf / inf = NaN. Layouts: one vector, jagged rows with a per-row sum (for, foreach).
// helperexp2 (review42 H04/H24): a virtual exp called on a receiver typed as its non-abstract base class, whose only
// override counts calls and forwards to base (still a raw exp), in a class that names no exp itself.
// Bug in every method: LG0003.
using System;
using System.Collections.Generic;

namespace Recreations.InterfaceExpsRaw;

public interface IActivation { double Apply(double v); }

public sealed class ExpActivation : IActivation { public double Apply(double v) => Math.Exp(v); }

public abstract class Activation { public abstract double Forward(double v); }

public sealed class ExpForward : Activation { public override double Forward(double v) => Math.Exp(v); }

public static class InterfaceExpsRaw
{
    private static double[] Map(double[] x, IActivation f)
    {
        var r = new double[x.Length];
        for (int i = 0; i < x.Length; i++) r[i] = f.Apply(x[i]);
        return r;
    }

    private static double[] MapAbstract(double[] x, Activation a)
    {
        var r = new double[x.Length];
        for (int i = 0; i < x.Length; i++) r[i] = a.Forward(x[i]);
        return r;
    }

    private static double[] Inner(double[] x)
    {
        var r = new double[x.Length];
        for (int i = 0; i < x.Length; i++) r[i] = Math.Exp(x[i]);
        return r;
    }

    private static double[] Outer(double[] x) => Inner(x);

    public static double[] ThroughInterface(double[] x)
    {
        double[] e = Map(x, new ExpActivation()); //~ LG0003
        double s = 0;
        for (int i = 0; i < e.Length; i++) s += e[i];
        var y = new double[e.Length];
        for (int i = 0; i < e.Length; i++) y[i] = e[i] / s;
        return y;
    }

    public static double[][] ThroughAbstractParameter(double[][] rows, Activation a)
    {
        var outp = new double[rows.Length][];
        for (int r = 0; r < rows.Length; r++)
        {
            double[] e = MapAbstract(rows[r], a); //~ LG0003
            double s = 0;
            foreach (var v in e) s += v;
            outp[r] = new double[e.Length];
            for (int i = 0; i < e.Length; i++) outp[r][i] = e[i] / s;
        }

        return outp;
    }

    public static List<double[]> ThroughNestedHelpers(List<double[]> rows)
    {
        var outp = new List<double[]>();
        foreach (var row in rows)
        {
            double[] e = Outer(row); //~ LG0003
            double s = 0;
            for (int i = 0; i < e.Length; i++) s += e[i];
            var p = new double[e.Length];
            for (int i = 0; i < e.Length; i++) p[i] = e[i] / s;
            outp.Add(p);
        }

        return outp;
    }

    public static double[][] ThroughLambdaAndLocalFunction(double[][] rows)
    {
        double E(double v) => Math.Exp(v); //~ LG0003
        Func<double[], double[]> expRow = x => { var t = new double[x.Length]; for (int i = 0; i < x.Length; i++) t[i] = E(x[i]); return t; };
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

public class CountedActivation { public virtual double Apply(double v) => Math.Exp(v); }

public sealed class CountingActivation : CountedActivation
{
    public int Calls;

    public override double Apply(double v) { Calls++; return base.Apply(v); }
}

public static class VirtualExpsRaw
{
    public static double[] ThroughVirtualBase(double[] x, CountedActivation f)
    {
        var e = new double[x.Length];
        double s = 0;
        for (int i = 0; i < x.Length; i++) { e[i] = f.Apply(x[i]); s += e[i]; } //~ LG0003
        for (int i = 0; i < x.Length; i++) e[i] /= s;
        return e;
    }
}
