using System.Collections.Generic;
using System.Linq;
using LayerGen.Differentiation.Ir;

namespace LayerGen.Differentiation.Emitting;

// The forward of a VectorLoop on Vector256 lanes (the loops whose reverse runs on lanes, BackwardRowEmitter.Vector.cs):
// eight (float) or four (double) iterations at a time from the loop's start, then the scalar loop takes the iterations
// past the last whole vector. Iterations touch disjoint elements [i], so lanes compute exactly what the scalar
// iterations compute, element by element (exp and sqrt per lane may differ from Math/MathF in the last bits); a running
// sum s += e is added per lane, in four accumulators (BackwardRowEmitter.LaneSums.cs), and the lanes are summed into s
// after the vector loop (a different summation order than the scalar loop's). A taped element's old values go to the tape at the positions the scalar pushes would use (one
// per iteration, in iteration order), so the reverse sweep reads the same layout either way. Without Vector256
// acceleration, or when a span is shorter than the loop's range (the scalar loop then throws as the user's would), the
// scalar loop runs every iteration.
//
// Where Vector512 is accelerated (the width the library's kernels and TensorPrimitives pick on such machines), its lanes
// take the whole pairs of those vectors first: lane for lane the same operations, so the same values bit for bit, and a
// running sum keeps its Vector256 accumulators (a Vector512 term goes to them as two Vector256 vectors), so it adds
// the same terms in the same order whichever width ran.

internal sealed partial class BackwardRowEmitter
{
    private void EmitVectorForward(VectorLoop plan, int loopDepth, int topLevelIndex)
    {
        ForLoop loop = plan.Loop;
        string i = _model.IntNames[loop.Variable];
        string start = _printer.Int(loop.Start);
        string bound = _printer.Int(loop.Bound);
        string lanes = Vector + "<" + _element + ">";
        bool tapes = _recording && plan.Taped.Count == 1;
        _writer.Comment("computes: " + loop.Source);
        _writer.Comment("(on Vector256 lanes, one iteration per lane; the scalar loop after them takes the iterations past the last whole vector)");
        using (_writer.Block())
        {
            string end = _names.Temporary("vectorEnd");

            // The lanes read and write without bounds checks: every span must hold the loop's range.
            var fits = new List<string> { Vector + ".IsHardwareAccelerated" };
            if (loop.Start is not IntConstant { Value: >= 0 })
            {
                fits.Add(start + " >= 0");
            }

            foreach (ArrayRef array in plan.Arrays.Where(a => !loop.Bound.Equals(new IntLength(a))))
            {
                fits.Add(bound + " <= " + _names.ArrayName(array) + ".Length");
            }

            if (tapes)
            {
                fits.Add(_names.TapeTop + " + (" + bound + " - " + start + ") <= " + _names.Tape + ".Length");
            }

            _writer.Line("int " + end + " = " + string.Join(" && ", fits));
            using (_writer.Indent())
            {
                _writer.Line("? " + start + " + ((" + bound + " - " + start + ") / " + lanes + ".Count * " + lanes + ".Count)");
                _writer.Line(": " + start + ";");
            }

            using (_writer.Block("if (" + end + " > " + start + ")"))
            {
                var references = new Dictionary<ArrayRef, string>();
                foreach (ArrayRef array in plan.Arrays)
                {
                    string name = _names.Temporary(_names.ArrayName(array) + "Ref");
                    _writer.Line("ref " + _element + " " + name + " = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(" + _names.ArrayName(array) + ");");
                    references[array] = name;
                }

                string? tapeReference = null, tapeBase = null;
                if (tapes)
                {
                    tapeReference = _names.Temporary(_names.Tape + "Ref");
                    tapeBase = _names.Temporary("tapeBase");
                    _writer.Line("ref " + _element + " " + tapeReference + " = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(" + _names.Tape + ");");
                    _writer.Line("int " + tapeBase + " = " + _names.TapeTop + "; // the lanes' old values, by iteration");
                }

                var sums = new Dictionary<int, LaneSum>();
                foreach (int id in plan.Sums)
                {
                    sums[id] = LaneSum.Declare(this, _model.Locals[id].Name + "Lanes", "the terms of " + _model.Locals[id].Name + ", summed per lane");
                }

                using (WideLanesBlock(i, start, end, out string wideEnd))
                {
                    EmitForwardLanes(plan, WideVector, i, wideEnd, references, sums, tapeReference, tapeBase, start);
                }

                EmitForwardLanes(plan, Vector, i, end, references, sums, tapeReference, tapeBase, start);
                foreach (KeyValuePair<int, LaneSum> sum in sums)
                {
                    string name = _model.Locals[sum.Key].Name;
                    _writer.Line(name + " = " + name + " + " + sum.Value.Total(VectorCount(start, end)) + ";");
                }

                if (tapes)
                {
                    _writer.Line(_names.TapeTop + " = " + tapeBase + " + (" + end + " - " + start + ");");
                }
            }

            string variable = _model.IntNames[loop.Variable];
            using (_writer.Block("for (int " + variable + " = " + end + "; " + variable + " < " + _printer.IntBare(loop.Bound) + "; " + variable + "++)"))
            {
                EmitForward(loop.Body, loopDepth + 1, topLevelIndex);
            }
        }
    }

    /// <summary>
    /// The loop <c>for (; i &lt; end; i += Count)</c> on lanes of <paramref name="vector"/> (Vector256 or Vector512), the
    /// broadcasts of the locals it reads declared before it. A Vector512 term of a sum goes to the sum's Vector256
    /// accumulators as its lower half and its upper half: the same additions, in the same order, as two Vector256 steps.
    /// </summary>
    private void EmitForwardLanes(
        VectorLoop plan,
        string vector,
        string i,
        string end,
        Dictionary<ArrayRef, string> references,
        Dictionary<int, LaneSum> sums,
        string? tapeReference,
        string? tapeBase,
        string start)
    {
        bool wide = vector == WideVector;
        var broadcasts = new Dictionary<int, string>();
        foreach (int id in plan.ReadLocals)
        {
            broadcasts[id] = _names.Temporary(_model.Locals[id].Name + (wide ? "WideLanes" : "Lanes"));
            _writer.Line("var " + broadcasts[id] + " = " + vector + ".Create(" + _model.Locals[id].Name + ");");
        }

        using (_writer.Block("for (; " + i + " < " + end + "; " + i + " += " + vector + "<" + _element + ">.Count)"))
        {
            var iteration = new ForwardLanes(this, i, references, broadcasts, vector);
            foreach (Statement statement in plan.Loop.Body)
            {
                _writer.Comment("computes: " + statement.Source);
                if (statement is AssignLocal sum)
                {
                    sums[sum.Local].Add((lanes, term) => lanes + " += " + term + ";", wide, iteration.Value(VectorLoop.SummedTerm(sum)!));
                    continue;
                }

                var assign = (AssignElement)statement;
                string value = iteration.Value(assign.Value);
                if (tapeReference is not null && ReferenceEquals(plan.Taped[0], assign))
                {
                    _writer.Line(vector + ".StoreUnsafe(" + iteration.Read(assign.Array) + ", ref " + tapeReference + ", (nuint)(" + tapeBase + " + " + i + " - " + start + "));");
                }

                iteration.Write(assign.Array, value);
            }

            foreach (LaneSum sum in sums.Values)
            {
                sum.Rotate(wide);
            }
        }
    }

    /// <summary>
    /// One vector iteration's lane values: span elements <c>[i]</c> are loaded on first read and stored when written (a
    /// later read in the same iteration sees the written lanes, as the scalar statement would see the written element).
    /// </summary>
    private sealed class ForwardLanes(BackwardRowEmitter emitter, string index, Dictionary<ArrayRef, string> references, Dictionary<int, string> broadcasts, string vector)
    {
        private readonly Dictionary<ArrayRef, string> _lanes = [];

        private string Offset => "(nuint)" + index;

        public string Read(ArrayRef array)
        {
            if (!_lanes.TryGetValue(array, out string? name))
            {
                name = emitter._names.Temporary(emitter._names.ArrayName(array) + "Lanes");
                emitter._writer.Line("var " + name + " = " + vector + ".LoadUnsafe(ref " + references[array] + ", " + Offset + ");");
                _lanes[array] = name;
            }

            return name;
        }

        public void Write(ArrayRef array, string value)
        {
            string name = emitter._names.Temporary(emitter._names.ArrayName(array) + "Lanes");
            emitter._writer.Line("var " + name + " = " + value + ";");
            emitter._writer.Line(vector + ".StoreUnsafe(" + name + ", ref " + references[array] + ", " + Offset + ");");
            _lanes[array] = name;
        }

        public string Value(RealExpr node) => node switch
        {
            RealConstant constant => vector + ".Create(" + ExpressionPrinter.Literal(constant.Type, constant.Value) + ")",
            RealLocal local => broadcasts[local.Id],
            ElementRead read => Read(read.Array),
            RealNegate negate => "(-" + Value(negate.Operand) + ")",
            RealBinary binary => "(" + Value(binary.Left) + " " + ExpressionPrinter.Symbol(binary.Operator) + " " + Value(binary.Right) + ")",
            MathCall { Function: MathFunction.Exp, Type: RealType.Float } call when emitter._maximumShift.IsNonPositive(call.Arguments[0]) =>
                ShiftedExp(call.Arguments[0]),
            MathCall call => vector + "." + call.Function + "(" + Value(call.Arguments[0]) + ")",
            _ => throw new System.InvalidOperationException("Not a vector loop expression: " + node.GetType().Name),
        };

        /// <summary>
        /// exp(a[j] − max a) in float, at most 1 (MaximumShift): the runtime's softmax exp (a polynomial in float, about 2
        /// ulp; 0 below -87.3 where the result would be subnormal) instead of <c>Vector256.Exp</c>, which computes float in
        /// double. A NaN lane (a NaN entry or maximum) stays NaN, as MathF.Exp keeps it.
        /// </summary>
        private string ShiftedExp(RealExpr argument)
        {
            string shifted = emitter._names.Temporary("shifted");
            emitter._writer.Line("var " + shifted + " = " + Value(argument) + ";");
            return vector + ".ConditionalSelect(" + vector + ".Equals(" + shifted + ", " + shifted + "), global::LayerGen.Generated.SoftmaxRow.Exp(" + shifted + "), " + shifted + ")";
        }
    }
}
