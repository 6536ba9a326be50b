using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// filtermax: a maximum folded over a walk of the whole buffer or dictionary filtered by membership in one collection
/// <c>C</c> (<c>C.Contains(i)</c> in the fold's guard, <c>if (!C.Contains(i)) continue;</c>, a LINQ <c>Where</c> with that
/// test) is the maximum of <c>C</c>'s members; when the exps and the sum walk the members of the same, only-read
/// <c>C</c>, it spans the softmax slice (review47 I06, K06, K06b, K06c: false LG0001 on main and keygather3). Labels,
/// checked numerically on the review's cases: the silent ones give each group its own softmax, finite for rows offset by
/// ±1000; the reported ones leave a group whose values sit 1000 below the peak at 0/0 = NaN (or overflow to Inf).
/// </summary>
public class SoftmaxModelMembershipFilteredMaxTests
{
    private const string Template = """
        using System; using System.Linq; using System.Collections.Generic;
        namespace P { public static class C {
          public static void Run(double[] x, double[] w, float[] xf, float[] wf, double[][] rows, double[][] wr,
              List<HashSet<int>> rowSets, Dictionary<char, HashSet<int>> groups, int[][] arrays, List<List<int>> lists,
              IReadOnlyList<ISet<int>> isets, List<double> xl, List<double> wl, HashSet<int> other, HashSet<int> all,
              Dictionary<string, double> score, Dictionary<string, double> wd, Dictionary<string, HashSet<string>> sectors,
              HashSet<string> otherKeys, Dictionary<string, float> scoref, Dictionary<string, float> wdf) {
        {BODY}
          }
          static void Touch(Dictionary<char, HashSet<int>> g) { foreach (var set in g.Values) set.Add(0); } } }
        """;

    private static string Source(string body) => Template.Replace("{BODY}", body);

    /// <summary>Each group's own peak over its members, in every spelling the invariant covers: silent.</summary>
    private static readonly Dictionary<string, string> OwnPeakBodies = new()
    {
        ["for_and"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (set.Contains(i) && x[i] > top) top = x[i];
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["for_and_swapped"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (x[i] > top && set.Contains(i)) top = x[i];
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["for_nested_if"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) { if (set.Contains(i)) { if (x[i] > top) top = x[i]; } }
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["for_continue"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) { if (!set.Contains(i)) continue; if (x[i] > top) top = x[i]; }
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["for_continue_or"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) { if (!set.Contains(i) || x[i] <= top) continue; top = x[i]; }
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["for_math_max"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (set.Contains(i)) top = Math.Max(top, x[i]);
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["for_continue_math_max"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) { if (!set.Contains(i)) continue; top = Math.Max(top, x[i]); }
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["while_and"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                int i = 0;
                while (i < x.Length) { if (set.Contains(i) && x[i] > top) top = x[i]; i++; }
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["linq_range_where_max"] = """
              foreach (var (name, set) in groups) {
                double top = Enumerable.Range(0, x.Length).Where(i => set.Contains(i)).Max(i => x[i]);
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["linq_indexed_where_max"] = """
              foreach (var (name, set) in groups) {
                double top = x.Where((v, i) => set.Contains(i)).Max();
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["int_array_sets"] = """
              foreach (int[] set in arrays) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (set.Contains(i) && x[i] > top) top = x[i];
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["list_sets"] = """
              foreach (List<int> set in lists) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (set.Contains(i) && x[i] > top) top = x[i];
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["iset_by_position"] = """
              for (int g = 0; g < isets.Count; g++) { var set = isets[g];
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (set.Contains(i) && x[i] > top) top = x[i];
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["float_for_and"] = """
              foreach (var (name, set) in groups) {
                float top = float.NegativeInfinity;
                for (int i = 0; i < xf.Length; i++) if (set.Contains(i) && xf[i] > top) top = xf[i];
                float z = 0f;
                foreach (int c in set) { wf[c] = MathF.Exp(xf[c] - top); z += wf[c]; }
                foreach (int c in set) wf[c] /= z;
              }
            """,
        ["list_buffer"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < xl.Count; i++) if (set.Contains(i) && xl[i] > top) top = xl[i];
                double z = 0.0;
                foreach (int c in set) { wl[c] = Math.Exp(xl[c] - top); z += wl[c]; }
                foreach (int c in set) wl[c] /= z;
              }
            """,
        ["jagged_row_sets"] = """
              for (int r = 0; r < rows.Length; r++) {
                var set = rowSets[r];
                double top = double.NegativeInfinity;
                for (int j = 0; j < rows[r].Length; j++) if (set.Contains(j) && rows[r][j] > top) top = rows[r][j];
                double z = 0.0;
                foreach (int c in set) { wr[r][c] = Math.Exp(rows[r][c] - top); z += wr[r][c]; }
                foreach (int c in set) wr[r][c] /= z;
              }
            """,
        ["dict_where_max_selector"] = """
              foreach (var (sector, set) in sectors) {
                double top = score.Where(kv => set.Contains(kv.Key)).Max(kv => kv.Value);
                double z = 0.0;
                foreach (string t in set) { wd[t] = Math.Exp(score[t] - top); z += wd[t]; }
                foreach (string t in set) wd[t] /= z;
              }
            """,
        ["dict_where_select_max"] = """
              foreach (var (sector, set) in sectors) {
                double top = score.Where(kv => set.Contains(kv.Key)).Select(kv => kv.Value).Max();
                double z = 0.0;
                foreach (string t in set) { wd[t] = Math.Exp(score[t] - top); z += wd[t]; }
                foreach (string t in set) wd[t] /= z;
              }
            """,
        ["dict_foreach_and"] = """
              foreach (var (sector, set) in sectors) {
                double top = double.NegativeInfinity;
                foreach (var kv in score) if (set.Contains(kv.Key) && kv.Value > top) top = kv.Value;
                double z = 0.0;
                foreach (string t in set) { wd[t] = Math.Exp(score[t] - top); z += wd[t]; }
                foreach (string t in set) wd[t] /= z;
              }
            """,
        ["dict_foreach_continue"] = """
              foreach (var (sector, set) in sectors) {
                double top = double.NegativeInfinity;
                foreach (var kv in score) { if (!set.Contains(kv.Key)) continue; top = Math.Max(top, kv.Value); }
                double z = 0.0;
                foreach (string t in set) { wd[t] = Math.Exp(score[t] - top); z += wd[t]; }
                foreach (string t in set) wd[t] /= z;
              }
            """,
        ["dict_foreach_deconstructed"] = """
              foreach (var (sector, set) in sectors) {
                double top = double.NegativeInfinity;
                foreach (var (key, value) in score) if (set.Contains(key) && value > top) top = value;
                double z = 0.0;
                foreach (string t in set) { wd[t] = Math.Exp(score[t] - top); z += wd[t]; }
                foreach (string t in set) wd[t] /= z;
              }
            """,
        ["ternary_under_guard"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (set.Contains(i)) top = x[i] > top ? x[i] : top;
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["double_max_min_value_seed"] = """
              foreach (var (name, set) in groups) {
                double top = double.MinValue;
                for (int i = 0; i < x.Length; i++) if (set.Contains(i)) top = double.Max(top, x[i]);
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["float_dict_where"] = """
              foreach (var (sector, set) in sectors) {
                float top = scoref.Where(kv => set.Contains(kv.Key)).Max(kv => kv.Value);
                float z = 0f;
                foreach (string t in set) { wdf[t] = MathF.Exp(scoref[t] - top); z += wdf[t]; }
                foreach (string t in set) wdf[t] /= z;
              }
            """,
    };

    /// <summary>A filter by another set, another filter or walk, a seed outside the members, a carried peak or total: reported as on main.</summary>
    private static readonly Dictionary<string, string> ReportedBodies = new()
    {
        ["other_set"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (other.Contains(i) && x[i] > top) top = x[i]; //~ LG0001
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["union_set"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (all.Contains(i) && x[i] > top) top = x[i]; //~ LG0001
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["set_written_between"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (set.Contains(i) && x[i] > top) top = x[i]; //~ LG0001
                set.Add(0);
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["whole_max_beside"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (set.Contains(i) && x[i] > top) top = x[i]; //~ LG0001
                for (int i = 0; i < x.Length; i++) if (x[i] > top) top = x[i]; //~ LG0001
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["top_carried_across_groups"] = """
                double top = double.NegativeInfinity;
              foreach (var (name, set) in groups) {
                for (int i = 0; i < x.Length; i++) if (set.Contains(i) && x[i] > top) top = x[i]; //~ LG0001
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["from_one"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 1; i < x.Length; i++) if (set.Contains(i) && x[i] > top) top = x[i]; //~ LG0001
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["with_break"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) { if (set.Contains(i) && x[i] > top) top = x[i]; if (x[i] > 1e300) break; } //~ LG0001
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["next_groups_set"] = """
              var keys = groups.Keys.ToList();
              for (int g = 0; g < keys.Count; g++) {
                var set = groups[keys[g]]; var next = groups[keys[(g + 1) % keys.Count]];
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (next.Contains(i) && x[i] > top) top = x[i]; //~ LG0001
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["dict_other_set"] = """
              foreach (var (sector, set) in sectors) {
                double top = score.Where(kv => otherKeys.Contains(kv.Key)).Max(kv => kv.Value); //~ LG0001
                double z = 0.0;
                foreach (string t in set) { wd[t] = Math.Exp(score[t] - top); z += wd[t]; }
                foreach (string t in set) wd[t] /= z;
              }
            """,
        ["dict_value_filter"] = """
              foreach (var (sector, set) in sectors) {
                double top = score.Where(kv => kv.Value > -1e300).Max(kv => kv.Value); //~ LG0001
                double z = 0.0;
                foreach (string t in set) { wd[t] = Math.Exp(score[t] - top); z += wd[t]; }
                foreach (string t in set) wd[t] /= z;
              }
            """,
        ["dict_foreach_other_set"] = """
              foreach (var (sector, set) in sectors) {
                double top = double.NegativeInfinity;
                foreach (var kv in score) if (otherKeys.Contains(kv.Key) && kv.Value > top) top = kv.Value; //~ LG0001
                double z = 0.0;
                foreach (string t in set) { wd[t] = Math.Exp(score[t] - top); z += wd[t]; }
                foreach (string t in set) wd[t] /= z;
              }
            """,
        ["linq_other_set"] = """
              foreach (var (name, set) in groups) {
                double top = x.Where((v, i) => other.Contains(i)).Max(); //~ LG0001
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["filter_exps_other_set"] = """
              var keys = groups.Keys.ToList();
              for (int g = 0; g < keys.Count; g++) {
                var set = groups[keys[g]]; var next = groups[keys[(g + 1) % keys.Count]];
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (set.Contains(i) && x[i] > top) top = x[i]; //~ LG0001
                double z = 0.0;
                foreach (int c in next) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in next) w[c] /= z;
              }
            """,
        ["seed_first_element"] = """
              foreach (var (name, set) in groups) {
                double top = x[0];
                for (int i = 0; i < x.Length; i++) if (set.Contains(i) && x[i] > top) top = x[i]; //~ LG0001
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["zero_seed"] = """
              foreach (var (name, set) in groups) {
                double top = 0.0;
                for (int i = 0; i < x.Length; i++) if (set.Contains(i) && x[i] > top) top = x[i]; //~ LG0001
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; } //~ LG0003
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["extra_value_filter"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (set.Contains(i) && x[i] > -50 && x[i] > top) top = x[i]; //~ LG0001
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["continue_after_fold"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) { top = Math.Max(top, x[i]); if (!set.Contains(i)) continue; } //~ LG0001
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["negated_filter"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (!set.Contains(i) && x[i] > top) top = x[i]; //~ LG0001
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["running_total_divided_inside"] = """
              double z = 0.0;
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (set.Contains(i) && x[i] > top) top = x[i]; //~ LG0001
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; } //~ LG0002
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["dict_other_set_select"] = """
              foreach (var (sector, set) in sectors) {
                double top = score.Where(kv => otherKeys.Contains(kv.Key)).Select(kv => kv.Value).Max(); //~ LG0001
                double z = 0.0;
                foreach (string t in set) { wd[t] = Math.Exp(score[t] - top); z += wd[t]; }
                foreach (string t in set) wd[t] /= z;
              }
            """,
    };

    /// <summary>
    /// Buggy or odd spellings main already leaves silent (a partial walk, an OR, a reassigned set, a LINQ <c>Range</c>
    /// filter, a whole-buffer sum divided over the members): the change must not make them reported either way; pinned
    /// to main's reading.
    /// </summary>
    private static readonly Dictionary<string, string> MainSilentBodies = new()
    {
        ["half_buffer"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length / 2; i++) if (set.Contains(i) && x[i] > top) top = x[i];
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["or_is_no_filter"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (set.Contains(i) || x[i] > top) top = x[i];
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["set_reassigned_between"] = """
              for (int g = 0; g < isets.Count; g++) {
                var set = isets[g];
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (set.Contains(i) && x[i] > top) top = x[i];
                set = isets[(g + 1) % isets.Count];
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["linq_range_other_set"] = """
              foreach (var (name, set) in groups) {
                double top = Enumerable.Range(0, x.Length).Where(i => all.Contains(i)).Max(i => x[i]);
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["whole_sum"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (set.Contains(i) && x[i] > top) top = x[i];
                double z = 0.0;
                for (int i = 0; i < x.Length; i++) { w[i] = Math.Exp(x[i] - top); z += w[i]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["dict_foreach_or"] = """
              foreach (var (sector, set) in sectors) {
                double top = double.NegativeInfinity;
                foreach (var kv in score) if (set.Contains(kv.Key) || kv.Value > top) top = kv.Value;
                double z = 0.0;
                foreach (string t in set) { wd[t] = Math.Exp(score[t] - top); z += wd[t]; }
                foreach (string t in set) wd[t] /= z;
              }
            """,
        ["half_minus_one"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length - 1; i++) if (set.Contains(i) && x[i] > top) top = x[i];
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
    };

    /// <summary>Review 47's cases verbatim (groups-cases K06, diag I06, K06b, K06c): correct, silent.</summary>
    private static readonly Dictionary<string, string> ReviewCases = new()
    {
        ["I06"] = """
            // diag: integer analog of K06c: per-group own max by a loop over every index filtered by membership (correct).
            using System; using System.Linq; using System.Collections.Generic;
            namespace I06 { static class C {
              public static void Run(double[] x, double[] w, Dictionary<char, HashSet<int>> groups) {
                foreach (var (name, set) in groups) {
                  double top = double.NegativeInfinity;
                  for (int i = 0; i < x.Length; i++) if (set.Contains(i) && x[i] > top) top = x[i];
                  double z = 0.0;
                  foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                  foreach (int c in set) w[c] /= z;
                }
              } } }
            """,
        ["K06"] = """
            // expected: silent (correct). Each sector's own peak by filtering the dictionary's pairs to the sector's tickers:
            // score.Where(kv => set.Contains(kv.Key)).Max(kv => kv.Value).
            using System; using System.Linq; using System.Collections.Generic;
            namespace K06 { static class C {
              public static Dictionary<string, double> Run(Dictionary<string, double> score, Dictionary<string, HashSet<string>> sectors) {
                var w = new Dictionary<string, double>();
                foreach (var (sector, set) in sectors) {
                  double top = score.Where(kv => set.Contains(kv.Key)).Max(kv => kv.Value);
                  double z = 0.0;
                  foreach (string t in set) { w[t] = Math.Exp(score[t] - top); z += w[t]; }
                  foreach (string t in set) w[t] /= z;
                }
                return w;
              } } }
            """,
        ["K06b"] = """
            // diag (keygather3 48caf577 and fc4d0d72: LG0001, false): own peak via score.Where(member).Select(value).Max().
            using System; using System.Linq; using System.Collections.Generic;
            namespace K06b { static class C {
              public static Dictionary<string, double> Run(Dictionary<string, double> score, Dictionary<string, string[]> sectors) {
                var w = new Dictionary<string, double>();
                foreach (var (sector, tickers) in sectors) {
                  double top = score.Where(kv => tickers.Contains(kv.Key)).Select(kv => kv.Value).Max();
                  double z = 0.0;
                  foreach (string t in tickers) { w[t] = Math.Exp(score[t] - top); z += w[t]; }
                  foreach (string t in tickers) w[t] /= z;
                }
                return w;
              } } }
            """,
        ["K06c"] = """
            // diag (keygather3 48caf577 and fc4d0d72: LG0001, false): own peak via a loop over the pairs filtered by membership.
            using System; using System.Linq; using System.Collections.Generic;
            namespace K06c { static class C {
              public static Dictionary<string, double> Run(Dictionary<string, double> score, Dictionary<string, HashSet<string>> sectors) {
                var w = new Dictionary<string, double>();
                foreach (var (sector, set) in sectors) {
                  double top = double.NegativeInfinity;
                  foreach (var kv in score) if (set.Contains(kv.Key) && kv.Value > top) top = kv.Value;
                  double z = 0.0;
                  foreach (string t in set) { w[t] = Math.Exp(score[t] - top); z += w[t]; }
                  foreach (string t in set) w[t] /= z;
                }
                return w;
              } } }
            """,
    };

    public static TheoryData<string> OwnPeakNames() => new(OwnPeakBodies.Keys);

    public static TheoryData<string> ReportedNames() => new(ReportedBodies.Keys);

    public static TheoryData<string> MainSilentNames() => new(MainSilentBodies.Keys);

    public static TheoryData<string> ReviewNames() => new(ReviewCases.Keys);

    [Theory]
    [MemberData(nameof(OwnPeakNames))]
    public async Task MembersOwnPeak_IsSilent(string name) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(OwnPeakBodies[name]));

    [Theory]
    [MemberData(nameof(ReportedNames))]
    public async Task OtherFilterOrWalk_StaysReported(string name) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(ReportedBodies[name]));

    [Theory]
    [MemberData(nameof(MainSilentNames))]
    public async Task MainSilentSpelling_StaysSilent(string name) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(MainSilentBodies[name]));

    [Theory]
    [MemberData(nameof(ReviewNames))]
    public async Task ReviewCase_OwnPeakByFilteredWalk_IsSilent(string name) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(ReviewCases[name]);

    /// <summary>
    /// The set changed through ANOTHER reference between the maximum and the exps (review48 FB01–FB30: its container's
    /// indexer, a <c>TryGetValue</c> out variable, <c>groups.Values</c>, a helper given the container): any call there
    /// that is not a known read keeps main's reading (LG0001; numerically a member added after the peak overflows).
    /// </summary>
    private static readonly Dictionary<string, string> SetChangedBodies = new()
    {
        ["grown_through_dictionary"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (set.Contains(i) && x[i] > top) top = x[i]; //~ LG0001
                groups[name].Add(x.Length - 1);
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["cleared_through_try_get_value"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (set.Contains(i) && x[i] > top) top = x[i]; //~ LG0001
                if (groups.TryGetValue(name, out var same)) { same.Clear(); same.UnionWith(other); }
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["removed_through_values"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (set.Contains(i) && x[i] > top) top = x[i]; //~ LG0001
                foreach (var g in groups.Values) g.Remove(0);
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["container_handed_to_helper"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (set.Contains(i) && x[i] > top) top = x[i]; //~ LG0001
                Touch(groups);
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
    };

    /// <summary>Only reading calls between the maximum and the exps (Math, lookups, LINQ): still the group's own peak.</summary>
    private static readonly Dictionary<string, string> ReadingCallBodies = new()
    {
        ["math_between"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (set.Contains(i) && x[i] > top) top = x[i];
                double scale = Math.Sqrt(2.0) * Math.Max(1.0, double.Abs(x[0]));
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["lookup_between"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (set.Contains(i) && x[i] > top) top = x[i];
                bool known = groups.ContainsKey(name) && set.Contains(0) && groups.TryGetValue(name, out _);
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
        ["linq_between"] = """
              foreach (var (name, set) in groups) {
                double top = double.NegativeInfinity;
                for (int i = 0; i < x.Length; i++) if (set.Contains(i) && x[i] > top) top = x[i];
                int members = set.Count(); double mean = x.Average();
                double z = 0.0;
                foreach (int c in set) { w[c] = Math.Exp(x[c] - top); z += w[c]; }
                foreach (int c in set) w[c] /= z;
              }
            """,
    };

    public static TheoryData<string> SetChangedNames() => new(SetChangedBodies.Keys);

    public static TheoryData<string> ReadingCallNames() => new(ReadingCallBodies.Keys);

    [Theory]
    [MemberData(nameof(SetChangedNames))]
    public async Task SetChangedThroughAnotherReference_StaysReported(string name) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(SetChangedBodies[name]));

    [Theory]
    [MemberData(nameof(ReadingCallNames))]
    public async Task OnlyReadingCallsBetween_StaysSilent(string name) =>
        await SourceMarkers.AssertAnalyzerReportsMarkersAsync(Source(ReadingCallBodies[name]));
}
