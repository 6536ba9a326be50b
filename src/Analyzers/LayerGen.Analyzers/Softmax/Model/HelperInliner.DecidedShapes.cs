using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Helpers whose body returns from a branch chosen by an argument (numpy ports: <c>Amax(a, axis, keepDims)</c> with
/// <c>if (axis == 0) { …; return new[] { top }; }</c> before the per-row walk, <c>switch (axis) { case 0: …; return m; }</c>):
/// not inlinable as written (a <c>return</c> before the end), but a call passing that argument as a constant runs one
/// straight-line body (<see cref="HelperShape.OfDecided"/>), inlined like any helper; the branches that fall through are
/// taken by the rewrite (<see cref="VisitIfStatement"/>, <see cref="VisitSwitchStatement"/>).
/// </summary>
internal sealed partial class HelperInliner
{
    /// <summary>Decided shapes per helper and constants passed (the same call shape is read once).</summary>
    private readonly Dictionary<string, HelperShape?> _decidedShapes = new(System.StringComparer.Ordinal);

    /// <summary>The shape <paramref name="call"/>'s constant arguments give its helper; null when they decide nothing that helps.</summary>
    private HelperShape? DecidedShapeOf(InvocationExpressionSyntax call, IMethodSymbol method, bool onReceiver)
    {
        if (onReceiver || method.DeclaringSyntaxReferences is not [var reference]
            || reference.GetSyntax(_cancellationToken) is not MethodDeclarationSyntax { Body: { } body }
            || !body.Statements.Any(statement => statement is IfStatementSyntax or SwitchStatementSyntax)
            || _model.GetOperation(call, _cancellationToken) is not IInvocationOperation operation)
        {
            return null;
        }

        var constants = new Dictionary<int, object>();
        var lengths = new Dictionary<int, long?[]>();
        foreach (var argument in operation.Arguments)
        {
            if (argument is { ArgumentKind: ArgumentKind.Explicit, Parameter: { } parameter, Value.ConstantValue: { HasValue: true, Value: { } constant } })
            {
                constants[parameter.Ordinal] = constant;
            }
            else if (argument is { ArgumentKind: ArgumentKind.Explicit, Parameter: { Type: IArrayTypeSymbol, RefKind: RefKind.None } array, Syntax: ArgumentSyntax { Expression: var passed } }
                && ArrayLengths.Of(passed, _model, Known(), _cancellationToken) is { } known)
            {
                // if (b.GetLength(0) == 1) { …; return …; } decided by the shape of the array passed.
                lengths[array.Ordinal] = known;
            }
        }

        if (constants.Count == 0 && lengths.Count == 0)
        {
            return null;
        }

        var key = method.OriginalDefinition.ToDisplayString() + "|" + string.Join(",", constants.OrderBy(pair => pair.Key).Select(pair => pair.Key + "=" + pair.Value.GetType().Name + ":" + System.Convert.ToString(pair.Value, System.Globalization.CultureInfo.InvariantCulture)))
            + "|" + string.Join(",", lengths.OrderBy(pair => pair.Key).Select(pair => pair.Key + "=" + string.Join("x", pair.Value.Select(length => length?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"))));
        if (!_decidedShapes.TryGetValue(key, out var shape))
        {
            shape = HelperShape.OfDecided(method.OriginalDefinition, _owner, _model, _cancellationToken, onReceiver, new KnownArguments(method.OriginalDefinition, constants, _model, _cancellationToken, lengths));

            // A parameter the body writes is no constant where it is read (the inliner then decides nothing by it).
            if (shape is not null && (shape.WrittenParameters.Overlaps(constants.Keys) || shape.WrittenParameters.Overlaps(lengths.Keys)))
            {
                shape = null;
            }

            _decidedShapes[key] = shape;
        }

        return shape;
    }
}
