using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on dictionaries whose values are records of rows (HeldOut19's <c>Coma_TotalOverAgents</c>):
/// <c>logits</c> of <c>foreach (var (id, (logits, _)) in agents)</c> over a <c>Dictionary&lt;int, (double[] Logits,
/// double[] Q)&gt;</c> is the row <c>Logits</c> of the entry the walk picks, as <c>entry.Logits</c> is. The old model saw
/// no row there and no softmax at all: neither a normaliser carried across the agents nor a raw exp was found.
/// </summary>
public class SoftmaxModelRecordDictionaryTests
{
    private const string Signature = "(Dictionary<int, (double[] Logits, double[] Q)> agents, Dictionary<int, double[]> policies)";

    [Fact]
    public void NestedDeconstructedMember_IsTheEntrysRow_AndASumNeverResetSpansEveryEntry()
    {
        var models = ModelDescriptions.Of($$"""
            using System;
            using System.Collections.Generic;
            static class C {
                static void Nested{{Signature}} {
                    double z = 0.0;
                    foreach (var (id, (logits, _)) in agents) {
                        double peak = logits[0];
                        for (int a = 1; a < logits.Length; a++) peak = Math.Max(peak, logits[a]);
                        var pi = new double[logits.Length];
                        for (int a = 0; a < logits.Length; a++) { pi[a] = Math.Exp(logits[a] - peak); z += pi[a]; }
                        policies[id] = pi;
                    }
                    foreach (var (id, (_, q)) in agents) { double[] pi = policies[id]; for (int a = 0; a < pi.Length; a++) pi[a] /= z; }
                }
                static void Member{{Signature}} {
                    double z = 0.0;
                    foreach (var (id, entry) in agents) {
                        double[] logits = entry.Logits;
                        double peak = logits[0];
                        for (int a = 1; a < logits.Length; a++) peak = Math.Max(peak, logits[a]);
                        var pi = new double[logits.Length];
                        for (int a = 0; a < logits.Length; a++) { pi[a] = Math.Exp(logits[a] - peak); z += pi[a]; }
                        policies[id] = pi;
                    }
                    foreach (var (id, (_, q)) in agents) { double[] pi = policies[id]; for (int a = 0; a < pi.Length; a++) pi[a] /= z; }
                }
            }
            """);
        Assert.Contains("| sum z {Logits.d1,agents.whole} | max peak {Logits.d1} |", models["Nested"], StringComparison.Ordinal);
        Assert.Equal(models["Nested"], models["Member"]);
    }

    [Fact]
    public void PerEntrySoftmax_FoldsTheEntrysRowOnly_AndARawExpIsASite()
    {
        var models = ModelDescriptions.Of($$"""
            using System;
            using System.Collections.Generic;
            static class C {
                static void PerEntry{{Signature}} {
                    foreach (var (id, (logits, _)) in agents) {
                        double peak = logits[0];
                        for (int a = 1; a < logits.Length; a++) peak = Math.Max(peak, logits[a]);
                        var pi = new double[logits.Length];
                        double z = 0.0;
                        for (int a = 0; a < logits.Length; a++) { pi[a] = Math.Exp(logits[a] - peak); z += pi[a]; }
                        for (int a = 0; a < logits.Length; a++) pi[a] /= z;
                        policies[id] = pi;
                    }
                }
                static void Raw{{Signature}} {
                    foreach (var (id, (_, q)) in agents) {
                        double z = 0.0;
                        for (int a = 0; a < q.Length; a++) z += Math.Exp(q[a]);
                        var pi = new double[q.Length];
                        for (int a = 0; a < q.Length; a++) pi[a] = Math.Exp(q[a]) / z;
                        policies[id] = pi;
                    }
                }
            }
            """);
        Assert.Contains("| sum z {Logits.d1} | max peak {Logits.d1} |", models["PerEntry"], StringComparison.Ordinal);
        Assert.Equal("site Math.Exp(q[a]) / z | dims {Q.d1,agents.whole} | sum z {Q.d1} | exps 2\n", models["Raw"]);
    }
}
