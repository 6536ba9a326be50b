using System.Linq;

namespace LayerGen.Differentiation.Emitting;

// A sum over the iterations of a vector loop (a running sum of the forward, the adjoint of a local the reverse reads) kept
// in four independent Vector256 accumulators instead of one, so that the additions form four dependency chains, not one
// chain of a multiply-add or add per vector. The order is fixed by the data, not by the width that runs: the loop's k-th
// whole Vector256 of terms goes to accumulator k mod 4 (a Vector512 step is two such vectors, its lower half then its
// upper half), and LayerGen.Generated.LaneSums.Total adds the four in one order. The generated loop keeps the
// accumulator of the next vector first and rotates the four after each step (register renames, no arithmetic), so the
// Vector512 steps, the Vector256 steps after them and a machine without Vector512 all add the same terms in the same
// order.

internal sealed partial class BackwardRowEmitter
{
    /// <summary>The accumulators of one sum on lanes (see the file comment).</summary>
    private sealed class LaneSum
    {
        private readonly BackwardRowEmitter _emitter;
        private readonly string[] _names;

        private LaneSum(BackwardRowEmitter emitter, string[] names)
        {
            _emitter = emitter;
            _names = names;
        }

        /// <summary>Declares the accumulators, all zero, named after <paramref name="name"/>.</summary>
        public static LaneSum Declare(BackwardRowEmitter emitter, string name, string comment)
        {
            string[] names = [.. Enumerable.Range(0, 4).Select(_ => emitter._names.Temporary(name))];
            string lanes = Vector + "<" + emitter._element + ">";
            emitter._writer.Comment(comment + ", in four accumulators (vector k of the loop goes to accumulator k mod 4)");
            foreach (string accumulator in names)
            {
                emitter._writer.Line(lanes + " " + accumulator + " = " + lanes + ".Zero;");
            }
            return new LaneSum(emitter, names);
        }

        /// <summary>
        /// Adds the lanes of one step: <paramref name="add"/> of an accumulator and the operand lanes (comma separated) gives
        /// the statement. A Vector512 step adds its lower half to the first accumulator and its upper half to the second.
        /// </summary>
        public void Add(System.Func<string, string, string> add, bool wide, params string[] operands)
        {
            if (!wide)
            {
                _emitter._writer.Line(add(_names[0], string.Join(", ", operands)));
                return;
            }

            var halves = new string[operands.Length];
            for (int k = 0; k < operands.Length; k++)
            {
                halves[k] = _emitter._names.Temporary("wide");
                _emitter._writer.Line("var " + halves[k] + " = " + operands[k] + ";");
            }

            _emitter._writer.Line(add(_names[0], string.Join(", ", halves.Select(h => WideVector + ".GetLower(" + h + ")"))));
            _emitter._writer.Line(add(_names[1], string.Join(", ", halves.Select(h => WideVector + ".GetUpper(" + h + ")"))));
        }

        /// <summary>After a step: the accumulator of the next vector moves first (by one vector, or two after a Vector512 step).</summary>
        public void Rotate(bool wide)
        {
            string[] order = wide ? [_names[2], _names[3], _names[0], _names[1]] : [_names[1], _names[2], _names[3], _names[0]];
            _emitter._writer.Line("(" + string.Join(", ", _names) + ") = (" + string.Join(", ", order) + ");");
        }

        /// <summary>The sum of every lane, in the fixed order, after <paramref name="vectors"/> Vector256 vectors of terms.</summary>
        public string Total(string vectors) => "global::LayerGen.Generated.LaneSums.Total(" + string.Join(", ", _names) + ", " + vectors + ")";
    }

    /// <summary>The number of whole Vector256 vectors of the lanes from <paramref name="start"/> to <paramref name="end"/>.</summary>
    private string VectorCount(string start, string end) => "(" + end + " - " + start + ") / " + Vector + "<" + _element + ">.Count";
}
