using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on values that reach a softmax through a container or a local rather than an index (HeldOut13's
/// misses, issue 8): a row allocated afresh per iteration and appended to a list or stored under a key no loop
/// indexes (the list's first level is what that loop fills the row from); an accumulator local stored into an element
/// and folded into a maximum in the same loop body (the maximum folds that element); a record's dictionary member
/// walked per record, with another dictionary read at the walk's key (the same label axis). Each is checked on a
/// buggy and a correct form, and on a look-alike the link must not make.
/// </summary>
public class SoftmaxModelRowProvenanceTests
{
    [Fact]
    public void FreshRowAppendedOrStoredByKey_ListLevelIsTheRowsLoop()
    {
        var models = ModelDescriptions.Of("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        sealed class Run { public Run(string n, double[] w) { Name = n; LogWeight = w; } public string Name { get; } public double[] LogWeight { get; } }
        static class C {
            static List<double[]> Appended(IReadOnlyList<Run> runs) {
                var all = new List<double[]>();
                double total = 0.0;
                foreach (Run run in runs) {
                    double peak = run.LogWeight.Max();
                    var w = new double[run.LogWeight.Length];
                    for (int i = 0; i < w.Length; i++) { w[i] = Math.Exp(run.LogWeight[i] - peak); total += w[i]; }
                    all.Add(w);
                }
                foreach (double[] w in all) for (int i = 0; i < w.Length; i++) w[i] /= total;
                return all;
            }
            static Dictionary<string, double[]> Keyed(IReadOnlyList<Run> runs) {
                var all = new Dictionary<string, double[]>();
                double total = 0.0;
                foreach (Run run in runs) {
                    double peak = run.LogWeight.Max();
                    var w = new double[run.LogWeight.Length];
                    for (int i = 0; i < w.Length; i++) { w[i] = Math.Exp(run.LogWeight[i] - peak); total += w[i]; }
                    all[run.Name] = w;
                }
                foreach (double[] w in all.Values) for (int i = 0; i < w.Length; i++) w[i] /= total;
                return all;
            }
            static Dictionary<string, double[]> ConstantKey(IReadOnlyList<Run> runs) {
                var all = new Dictionary<string, double[]>();
                double total = 0.0;
                foreach (Run run in runs) {
                    double peak = run.LogWeight.Max();
                    var w = new double[run.LogWeight.Length];
                    for (int i = 0; i < w.Length; i++) { w[i] = Math.Exp(run.LogWeight[i] - peak); total += w[i]; }
                    all["last"] = w;
                }
                foreach (double[] w in all.Values) for (int i = 0; i < w.Length; i++) w[i] /= total;
                return all;
            }
            static List<double[]> PerRun(IReadOnlyList<Run> runs) {
                var all = new List<double[]>();
                foreach (Run run in runs) {
                    double peak = run.LogWeight.Max();
                    double total = 0.0;
                    var w = new double[run.LogWeight.Length];
                    for (int i = 0; i < w.Length; i++) { w[i] = Math.Exp(run.LogWeight[i] - peak); total += w[i]; }
                    for (int i = 0; i < w.Length; i++) w[i] /= total;
                    all.Add(w);
                }
                return all;
            }
        }
        """);

        // The division walks the list (or the dictionary's values): that level is the runs the rows were filled from.
        Assert.Contains("| dims {LogWeight.d1,runs.whole} | sum total {LogWeight.d1,runs.whole} |", models["Appended"], StringComparison.Ordinal);
        Assert.Contains("| dims {LogWeight.d1,runs.whole} | sum total {LogWeight.d1,runs.whole} |", models["Keyed"], StringComparison.Ordinal);

        // A constant key is one slot every run overwrites: not the runs.
        Assert.Contains("| dims {LogWeight.d1,all.d0} |", models["ConstantKey"], StringComparison.Ordinal);

        // Each run's own total: the same rows, a sum over one run.
        Assert.Contains("| dims {LogWeight.d1,runs.whole} | sum total {LogWeight.d1} |", models["PerRun"], StringComparison.Ordinal);
    }

    [Fact]
    public void AccumulatorStoredAndFolded_MaxFoldsTheStoredElement()
    {
        var models = ModelDescriptions.Of("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        sealed record Agent(string Name, Dictionary<string, double> Scores);
        static class C {
            static double[] ClassPeaks(double[] x, int classes, double[,] w) {
                int n = x.Length / classes; var z = new double[x.Length]; var peak = new double[classes];
                for (int k = 0; k < classes; k++) {
                    peak[k] = double.NegativeInfinity;
                    for (int s = 0; s < n; s++) {
                        double acc = 0.0;
                        for (int j = 0; j < classes; j++) acc += w[k, j] * x[j * n + s];
                        z[k * n + s] = acc;
                        peak[k] = Math.Max(peak[k], acc);
                    }
                }
                for (int s = 0; s < n; s++) {
                    double sum = 0.0;
                    for (int k = 0; k < classes; k++) { z[k * n + s] = Math.Exp(z[k * n + s] - peak[k]); sum += z[k * n + s]; }
                    for (int k = 0; k < classes; k++) z[k * n + s] /= sum;
                }
                return z;
            }
            static double[] SamplePeaks(double[] x, int classes, double[,] w) {
                int n = x.Length / classes; var z = new double[x.Length]; var peak = new double[n];
                for (int s = 0; s < n; s++) {
                    peak[s] = double.NegativeInfinity;
                    for (int k = 0; k < classes; k++) {
                        double acc = 0.0;
                        for (int j = 0; j < classes; j++) acc += w[k, j] * x[j * n + s];
                        z[k * n + s] = acc;
                        peak[s] = Math.Max(peak[s], acc);
                    }
                }
                for (int s = 0; s < n; s++) {
                    double sum = 0.0;
                    for (int k = 0; k < classes; k++) { z[k * n + s] = Math.Exp(z[k * n + s] - peak[s]); sum += z[k * n + s]; }
                    for (int k = 0; k < classes; k++) z[k * n + s] /= sum;
                }
                return z;
            }
            static double[] NotStored(double[] x, int classes, double[,] w) {
                int n = x.Length / classes; var z = new double[x.Length]; var peak = new double[classes];
                for (int k = 0; k < classes; k++) {
                    peak[k] = double.NegativeInfinity;
                    for (int s = 0; s < n; s++) {
                        double acc = 0.0;
                        for (int j = 0; j < classes; j++) acc += w[k, j] * x[j * n + s];
                        peak[k] = Math.Max(peak[k], acc);
                    }
                }
                for (int s = 0; s < n; s++) {
                    double sum = 0.0;
                    for (int k = 0; k < classes; k++) { z[k * n + s] = Math.Exp(x[k * n + s] - peak[k]); sum += z[k * n + s]; }
                    for (int k = 0; k < classes; k++) z[k * n + s] /= sum;
                }
                return z;
            }
        }
        """);

        // peak[k] over the samples of each class (class-major flat): the other axis than the sum over classes.
        Assert.Contains("| sum sum {z.s:x.Length/classes} | max peak {z.s:1} |", models["ClassPeaks"], StringComparison.Ordinal);

        // peak[s] over the classes of each sample: the sum's axis.
        Assert.Contains("| sum sum {z.s:x.Length/classes} | max peak {z.s:x.Length/classes} |", models["SamplePeaks"], StringComparison.Ordinal);

        // Never stored: the accumulator stays one number with no element (as before).
        Assert.Contains("| max peak {} |", models["NotStored"], StringComparison.Ordinal);
    }

    [Fact]
    public void RecordDictionaryMember_WithAnotherDictionaryAtTheSameKey_IsOneLabelAxisPerRecord()
    {
        var models = ModelDescriptions.Of("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        sealed record Agent(string Name, Dictionary<string, double> Scores);
        static class C {
            static List<Dictionary<string, double>> CrowdMax(IReadOnlyList<Agent> agents, IReadOnlyDictionary<string, double> prior) {
                double best = agents.Max(a => a.Scores.Max(kv => kv.Value + prior[kv.Key]));
                var result = new List<Dictionary<string, double>>();
                foreach (Agent agent in agents) {
                    var p = new Dictionary<string, double>(); double z = 0.0;
                    foreach (var (goal, ll) in agent.Scores) { p[goal] = Math.Exp(ll + prior[goal] - best); z += p[goal]; }
                    foreach (string goal in p.Keys.ToList()) p[goal] /= z;
                    result.Add(p);
                }
                return result;
            }
            static List<Dictionary<string, double>> AgentMax(IReadOnlyList<Agent> agents, IReadOnlyDictionary<string, double> prior) {
                var result = new List<Dictionary<string, double>>();
                foreach (Agent agent in agents) {
                    double best = agent.Scores.Max(kv => kv.Value + prior[kv.Key]);
                    var p = new Dictionary<string, double>(); double z = 0.0;
                    foreach (var (goal, ll) in agent.Scores) { p[goal] = Math.Exp(ll + prior[goal] - best); z += p[goal]; }
                    foreach (string goal in p.Keys.ToList()) p[goal] /= z;
                    result.Add(p);
                }
                return result;
            }
        }
        """);

        // The prior read at the walk's key is the walked label axis (Scores' entries and the prior's are one class, named
        // by either): one sum axis; the crowd's max spans the records too, each agent's max only its labels.
        var crowd = Sets(models["CrowdMax"]);
        Assert.Equal(2, crowd.Dims.Count);
        Assert.Single(crowd.Sum);
        Assert.True(crowd.Sum.IsProperSubsetOf(crowd.Dims));
        Assert.True(crowd.Max.SetEquals(crowd.Dims));
        var agent = Sets(models["AgentMax"]);
        Assert.Single(agent.Sum);
        Assert.True(agent.Max.SetEquals(agent.Sum));
        Assert.True(agent.Sum.IsProperSubsetOf(agent.Dims));
    }

    /// <summary>The site, sum and max classes of a one-site description (class names depend on which atom represents a class).</summary>
    private static (HashSet<string> Dims, HashSet<string> Sum, HashSet<string> Max) Sets(string description)
    {
        HashSet<string> After(string label)
        {
            var start = description.IndexOf(label, StringComparison.Ordinal);
            Assert.True(start >= 0, description);
            var open = description.IndexOf('{', start);
            var close = description.IndexOf('}', open);
            return description.Substring(open + 1, close - open - 1).Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        }

        return (After("| dims "), After("| sum "), After("| max "));
    }
}
